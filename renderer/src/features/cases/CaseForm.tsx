import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { caseFieldsSchema, type CaseFields } from '../../../../shared/contract/cases';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_PRIORITIES,
  CASE_PRIORITY_LABELS,
} from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields } from '../../components/ErrorAlert';
import { useServerFieldErrors, zodFormValidator, type RecordFormProps } from '../../components/formValidation';
import { UkDateField } from '../../components/UkDateField';
import { AssigneeSelect } from '../staff/AssigneeSelect';

export type CaseFormValues = Required<CaseFields>;

interface Props extends RecordFormProps<CaseFormValues> {
  /** The opening date fixes the reference's year, so it is set once, when the case opens. */
  openedOnEditable: boolean;
  onCancel?: () => void;
}

/** Campaign casework: a case can be part of one of the office's campaigns. */
function CampaignSelect({ value, onChange }: { value: number | null; onChange: (campaignId: number | null) => void }) {
  const campaigns = useApiQuery('campaigns.list', {});
  return (
    <NativeSelect
      label="Part of campaign"
      value={value === null ? '' : String(value)}
      data={[
        { value: '', label: '— none —' },
        ...(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.title })),
      ]}
      onChange={(e) => onChange(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
      maw={480}
    />
  );
}

export function CaseForm({
  initialValues,
  submitLabel,
  onSubmit,
  submitting,
  error,
  openedOnEditable,
  onCancel,
}: Props) {
  const form = useForm<CaseFormValues>({ initialValues, validate: zodFormValidator(caseFieldsSchema) });
  useServerFieldErrors(form.setErrors, error);

  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label="Case details">
      <Stack maw={720}>
        <TextInput
          label="Title"
          description="A few words a colleague would recognise"
          required
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label="Category"
            data={CASE_CATEGORIES.map((c) => ({ value: c, label: CASE_CATEGORY_LABELS[c] }))}
            {...form.getInputProps('category')}
          />
          <NativeSelect
            label="Priority"
            data={CASE_PRIORITIES.map((p) => ({ value: p, label: CASE_PRIORITY_LABELS[p] }))}
            {...form.getInputProps('priority')}
          />
          <AssigneeSelect
            value={form.getValues().assignee}
            onChange={(assignee) => form.setFieldValue('assignee', assignee)}
            error={form.errors.assignee}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <UkDateField
            label="Opened on"
            required
            readOnly={!openedOnEditable}
            value={form.getValues().openedOn}
            onChange={(openedOn) => form.setFieldValue('openedOn', openedOn)}
            error={form.errors.openedOn}
          />
          <UkDateField
            label="Due by"
            description="Left empty: the office’s target in working days"
            value={form.getValues().dueOn}
            onChange={(dueOn) => form.setFieldValue('dueOn', dueOn)}
            error={form.errors.dueOn}
          />
        </SimpleGrid>
        <CampaignSelect
          value={form.getValues().campaignId}
          onChange={(campaignId) => form.setFieldValue('campaignId', campaignId)}
        />
        <Textarea label="What happened" autosize minRows={4} {...form.getInputProps('description')} />
        <ErrorAlert error={errorNotBesideFields(error)} />
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
