import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { CaseRecord } from '../../../../shared/contract/cases';
import { formatUkDate } from '../../../../shared/dates';
import { CONSENT_CHANNELS, CONSENT_CHANNEL_LABELS, type ConsentChannel } from '../../../../shared/domain/enums';
import { useApiMutation } from '../../api/queries';
import { useOfficeToday } from '../../api/useOfficeToday';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { UkDateField } from '../../components/UkDateField';

/** What the case page says about consent to act. */
export function consentText(record: Pick<CaseRecord, 'consentGivenBy' | 'consentGivenOn'>): string {
  if (record.consentGivenBy === '' || !record.consentGivenOn) return 'Not recorded';
  return `${CONSENT_CHANNEL_LABELS[record.consentGivenBy]}, ${formatUkDate(record.consentGivenOn)}`;
}

/** Records how the constituent gave consent for the office to act (and share their details), or its withdrawal. */
export function RecordConsentButton({ record }: { record: CaseRecord }) {
  const today = useOfficeToday();
  const [opened, dialog] = useDisclosure(false);
  const [givenBy, setGivenBy] = useState<ConsentChannel | ''>(record.consentGivenBy || 'signed_form');
  const [givenOn, setGivenOn] = useState(record.consentGivenOn ?? today);
  const consent = useApiMutation('cases.recordConsent', { onSuccess: dialog.close });
  const fields = fieldErrorsOf(consent.error);
  return (
    <>
      <Button variant="default" size="xs" onClick={dialog.open}>
        {record.consentGivenBy ? 'Change consent…' : 'Record consent…'}
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title="Consent to act on this case"
        closeButtonProps={{ 'aria-label': 'Close without recording' }}
      >
        <form
          aria-label="Consent to act on this case"
          onSubmit={(e) => {
            e.preventDefault();
            consent.mutate({ caseId: record.id, givenBy, givenOn: givenBy === '' ? '' : givenOn });
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              The constituent’s consent for the office to act for them, and to share their details with the bodies it
              writes to.
            </Text>
            <NativeSelect
              label="How it was given"
              data={[
                ...CONSENT_CHANNELS.map((value) => ({ value, label: CONSENT_CHANNEL_LABELS[value] })),
                { value: '', label: 'Withdrawn, or not given' },
              ]}
              value={givenBy}
              onChange={(e) => setGivenBy(e.currentTarget.value as ConsentChannel | '')}
              error={fields.givenBy}
              data-autofocus
            />
            {givenBy !== '' && (
              <UkDateField label="Given on" value={givenOn} onChange={setGivenOn} error={fields.givenOn} required />
            )}
            <ErrorAlert error={errorNotBesideFields(consent.error)} title="Consent was not recorded" />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button type="submit" loading={consent.isPending}>
                Record
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
