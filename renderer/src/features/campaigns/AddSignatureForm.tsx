import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { UkDateField } from '../../components/UkDateField';

const EMPTY = { fullName: '', postcode: '', email: '', signedOn: '' };

/** For paper petitions: one signature at a time, keeping the form ready for the next. */
export function AddSignatureForm({ campaignId }: { campaignId: number }) {
  const [draft, setDraft] = useState(EMPTY);
  const add = useApiMutation('signatures.add');
  const fields = fieldErrorsOf(add.error);
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setDraft({ ...draft, [key]: e.currentTarget.value });
  return (
    <form
      aria-label="Add a signature"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { campaignId, ...draft },
          {
            onSuccess: () => {
              notifications.show({ message: `${draft.fullName} added.` });
              setDraft({ ...EMPTY, signedOn: draft.signedOn });
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput label="Name as signed" value={draft.fullName} onChange={set('fullName')} error={fields.fullName} />
          <TextInput
            label="Postcode"
            value={draft.postcode}
            onChange={set('postcode')}
            error={fields.postcode}
            w={130}
          />
          <TextInput label="Email (optional)" value={draft.email} onChange={set('email')} error={fields.email} />
          <UkDateField
            label="Date signed"
            value={draft.signedOn}
            onChange={(signedOn) => setDraft({ ...draft, signedOn })}
            error={fields.signedOn}
          />
          <Button type="submit" variant="light" loading={add.isPending}>
            Add signature
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(add.error)} />
      </Stack>
    </form>
  );
}
