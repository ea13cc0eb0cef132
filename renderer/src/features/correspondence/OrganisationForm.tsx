import { Button, Group, NativeSelect, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { organisationFieldsSchema, type OrganisationFields } from '../../../../shared/contract/correspondence';
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from '../../../../shared/domain/enums';
import { ErrorAlert, errorNotBesideFields } from '../../components/ErrorAlert';
import { useServerFieldErrors, zodFormValidator, type RecordFormProps } from '../../components/formValidation';

export type OrganisationFormValues = Required<OrganisationFields>;

type Props = RecordFormProps<OrganisationFormValues>;

export function OrganisationForm({ initialValues, submitLabel, onSubmit, submitting, error }: Props) {
  const form = useForm<OrganisationFormValues>({ initialValues, validate: zodFormValidator(organisationFieldsSchema) });
  useServerFieldErrors(form.setErrors, error);
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label="Organisation details">
      <Stack maw={640}>
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <Group align="flex-start">
          <NativeSelect
            label="Kind"
            data={ORGANISATION_KINDS.map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k] }))}
            {...form.getInputProps('kind')}
          />
          <NumberInput
            label="Reply target (working days)"
            min={1}
            max={250}
            allowDecimal={false}
            w={200}
            {...form.getInputProps('replyTargetDays')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label="Letters go to (optional)"
            description="A named person, as addressed"
            placeholder="The Rt Hon Jane Smith MP"
            {...form.getInputProps('recipientName')}
          />
          <TextInput
            label="Their role (optional)"
            placeholder="Home Secretary"
            {...form.getInputProps('recipientRole')}
          />
        </Group>
        <Textarea label="Address" autosize minRows={3} {...form.getInputProps('address')} />
        <TextInput label="Email" type="email" {...form.getInputProps('email')} />
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
