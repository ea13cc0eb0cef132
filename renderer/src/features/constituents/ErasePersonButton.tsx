import { Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { countOf } from '../../../../shared/plural';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { useMay } from '../staff/MeContext';

/** Erasure on request (administrators): what goes and what stays said first, a reason, and the name typed again. */
export function ErasePersonButton({ constituentId, name }: { constituentId: number; name: string }) {
  const may = useMay();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [confirmName, setConfirmName] = useState('');
  // Navigates from the mutation itself: the page goes (its constituent is gone) before `mutate` returns.
  const erase = useApiMutation('dataProtection.erasePerson', {
    onSuccess: (receipt) => {
      notifications.show({
        message: `${name} was erased: ${countOf(receipt.cases, 'case')}, ${countOf(receipt.letters, 'letter')} and ${countOf(receipt.attachments, 'file')} removed; ${countOf(receipt.signaturesKept, 'signature')} still counted without their details.`,
      });
      void navigate('/constituents');
    },
  });
  const fields = fieldErrorsOf(erase.error);
  if (!may('dataProtection.erasePerson')) return null;
  return (
    <>
      <Button variant="outline" color="red" onClick={dialog.open}>
        Erase…
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={`Erase ${name}`}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close without erasing' }}
      >
        <form
          aria-label={`Erase ${name}`}
          onSubmit={(e) => {
            e.preventDefault();
            erase.mutate({ constituentId, reason, confirmName });
          }}
        >
          <Stack gap="sm">
            <Text size="sm">This cannot be undone. In one step Postbag removes:</Text>
            <List size="sm">
              <List.Item>their details, cases, notes, letters and replies, drafts and attached files;</List.Item>
              <List.Item>their entries in search, and every readable copy in this office’s data.</List.Item>
            </List>
            <Text size="sm">
              Their petition signatures stay counted, with their name, e-mail, address and postcode removed. The audit
              log keeps who did what and when (it holds no personal details). Copies outside Postbag — exports, printed
              or sent letters, backups — are not reached: a backup keeps them until it ages out.
            </Text>
            <Textarea
              label="Reason"
              description="Without personal details, e.g. “Asked by letter received 1 Dec 2026”"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fields.reason}
              required
              autosize
              minRows={2}
              data-autofocus
            />
            <TextInput
              label={`Type “${name}” to confirm`}
              value={confirmName}
              onChange={(e) => setConfirmName(e.currentTarget.value)}
              error={fields.confirmName}
              required
              autoComplete="off"
            />
            <ErrorAlert error={errorNotBesideFields(erase.error)} title="Nothing was erased" />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={erase.isPending}>
                Erase permanently
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
