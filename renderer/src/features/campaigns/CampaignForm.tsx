import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { campaignFieldsSchema, type CampaignFields } from '../../../../shared/contract/campaigns';
import { CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS } from '../../../../shared/domain/enums';
import { ErrorAlert, errorNotBesideFields } from '../../components/ErrorAlert';
import { useServerFieldErrors, zodFormValidator, type RecordFormProps } from '../../components/formValidation';

export type CampaignFormValues = Required<CampaignFields>;

interface Props extends RecordFormProps<CampaignFormValues> {
  /** Fields only a new campaign has (when it started). */
  extraFields?: React.ReactNode;
}

export function CampaignForm({ initialValues, submitLabel, onSubmit, submitting, error, extraFields }: Props) {
  const form = useForm<CampaignFormValues>({ initialValues, validate: zodFormValidator(campaignFieldsSchema) });
  useServerFieldErrors(form.setErrors, error);
  const goal = form.getInputProps('signatureGoal');

  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label="Campaign details">
      <Stack maw={760}>
        <TextInput label="Title" required {...form.getInputProps('title')} />
        {extraFields}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label="Kind"
            data={CAMPAIGN_KINDS.map((k) => ({ value: k, label: CAMPAIGN_KIND_LABELS[k] }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label="Target organisation"
            placeholder="Home Office"
            {...form.getInputProps('targetOrganisation')}
          />
          <TextInput label="Owner" placeholder="Who leads it" {...form.getInputProps('owner')} />
        </SimpleGrid>
        <NumberInput
          label="Signature goal"
          min={1}
          thousandSeparator=","
          allowDecimal={false}
          w={200}
          {...goal}
          value={goal.value ?? ''}
          onChange={(value) => form.setFieldValue('signatureGoal', typeof value === 'number' ? value : null)}
        />
        <Textarea
          label="The ask"
          description="What the campaign asks for, in a sentence or two"
          autosize
          minRows={2}
          {...form.getInputProps('ask')}
        />
        <Textarea
          label="Summary"
          description="Why it matters: the case the campaign makes"
          autosize
          minRows={3}
          {...form.getInputProps('summary')}
        />
        <ErrorAlert error={errorNotBesideFields(error)} />
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
