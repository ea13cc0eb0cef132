import { Anchor, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ConstituentSummary } from '../../../../shared/contract/constituents';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Constituents who wrote in about the campaign (campaign casework), apart from its signers. */
export function LinkedConstituents({ campaignId, linked }: { campaignId: number; linked: ConstituentSummary[] }) {
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 200);
  const found = useApiQuery('constituents.list', { query, limit: 5 }, { enabled: query.length >= 2 });
  const link = useApiMutation('campaigns.linkConstituent');
  const unlink = useApiMutation('campaigns.unlinkConstituent');
  const linkedIds = new Set(linked.map((c) => c.id));
  return (
    <Stack gap="xs">
      {linked.length === 0 ? (
        <Text c="dimmed">Nobody linked yet.</Text>
      ) : (
        <List>
          {linked.map((c) => (
            <List.Item key={c.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/constituents/${c.id}`}>
                  {c.fullName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {c.postcode}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => unlink.mutate({ campaignId, constituentId: c.id })}
                  aria-label={`Unlink ${c.fullName}`}
                >
                  Unlink
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <TextInput
        label="Link a constituent who wrote in"
        placeholder="Name, postcode or email"
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        maw={360}
      />
      {query.length >= 2 &&
        found.data?.rows
          .filter((c) => !linkedIds.has(c.id))
          .map((c) => (
            <Group key={c.id} gap="xs">
              <Text size="sm">
                {c.fullName} {c.postcode}
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => link.mutate({ campaignId, constituentId: c.id }, { onSuccess: () => setTyped('') })}
              >
                Link
              </Button>
            </Group>
          ))}
      <ErrorAlert error={link.error ?? unlink.error} />
    </Stack>
  );
}
