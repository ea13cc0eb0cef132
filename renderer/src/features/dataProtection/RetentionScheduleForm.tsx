import { Button, Checkbox, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { RetentionSchedule } from '../../../../shared/contract/retention';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';

/** NumberInput's value as the schedule's months: empty is "never reviewed". */
function monthsOf(value: string | number): number | null {
  return value === '' ? null : Number(value);
}

/** The office's retention schedule (administrators): months after closing, and whether anyone confirms. */
export function RetentionScheduleForm({ schedule }: { schedule: RetentionSchedule }) {
  const [values, setValues] = useState(schedule);
  const save = useApiMutation('retention.setSchedule', {
    onSuccess: () => notifications.show({ message: 'Retention schedule saved.' }),
  });
  const fields = fieldErrorsOf(save.error);
  return (
    <form
      aria-label="Retention schedule"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(values);
      }}
    >
      <Stack gap="sm">
        <Group align="flex-start">
          <NumberInput
            label="Review closed cases after (months)"
            description="Counted from the day the case closed; empty: never"
            min={1}
            max={600}
            allowDecimal={false}
            value={values.closedCaseMonths ?? ''}
            onChange={(value) => setValues({ ...values, closedCaseMonths: monthsOf(value) })}
            error={fields.closedCaseMonths}
            w={300}
          />
          <NumberInput
            label="Review petition signers’ details after (months)"
            description="Counted from the day the campaign closed; empty: never"
            min={1}
            max={600}
            allowDecimal={false}
            value={values.signatureMonths ?? ''}
            onChange={(value) => setValues({ ...values, signatureMonths: monthsOf(value) })}
            error={fields.signatureMonths}
            w={300}
          />
          <NumberInput
            label="Review people with no open case after (months)"
            description="Counted from their last case or change to their record; empty: never"
            min={1}
            max={600}
            allowDecimal={false}
            value={values.inactivePersonMonths ?? ''}
            onChange={(value) => setValues({ ...values, inactivePersonMonths: monthsOf(value) })}
            error={fields.inactivePersonMonths}
            w={300}
          />
        </Group>
        <Checkbox
          label="Erase what is due without a review"
          description="Nobody confirms: once a day Postbag erases every record that is due, and the audit log says so. Leave it off to decide each one here."
          checked={values.eraseWithoutReview}
          onChange={(e) => setValues({ ...values, eraseWithoutReview: e.currentTarget.checked })}
          error={fields.eraseWithoutReview}
        />
        <Text size="sm" c="dimmed">
          Erasing a case removes it with its notes, letters, replies, drafts and files; the constituent stays. Erasing a
          campaign’s signers’ details keeps every signature counted by postcode, with names, e-mails, addresses and
          comments removed. Erasing a person takes everything held about them, as “Erase…” on their page does.
        </Text>
        <ErrorAlert error={errorNotBesideFields(save.error)} title="The schedule was not saved" />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save the schedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
