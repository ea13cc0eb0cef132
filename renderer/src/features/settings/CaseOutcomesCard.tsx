import { Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';

/** The outcomes a caseworker chooses from when closing a case; the office adds its own, so they can be counted. */
export function CaseOutcomesCard() {
  const outcomes = useApiQuery('caseOutcomes.list', {});
  const add = useApiMutation('caseOutcomes.add');
  const [label, setLabel] = useState('');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Case outcomes
        </Title>
        <Text size="sm">Closing a case asks for one of these, with a note; reports count them.</Text>
        <ErrorAlert error={outcomes.error} />
        <List size="sm" aria-label="Case outcomes">
          {(outcomes.data ?? []).map((outcome) => (
            <List.Item key={outcome}>{outcome}</List.Item>
          ))}
        </List>
        <form
          aria-label="Add a case outcome"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ label }, { onSuccess: () => setLabel('') });
          }}
        >
          <Group align="flex-end">
            <TextInput
              label="New outcome"
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={fieldErrorsOf(add.error).label}
              w={360}
            />
            <Button type="submit" variant="light" loading={add.isPending}>
              Add outcome
            </Button>
          </Group>
        </form>
        <ErrorAlert error={errorNotBesideFields(add.error)} />
      </Stack>
    </Card>
  );
}
