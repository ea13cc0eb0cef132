import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import {
  constituentFieldsSchema,
  type ConstituentFields,
  type DuplicateConstituent,
} from '../../../../shared/contract/constituents';
import { ApiCallError } from '../../../../shared/contract/errors';
import {
  CONTACT_METHODS,
  CONTACT_METHOD_LABELS,
  SALUTATIONS,
  SALUTATION_LABELS,
} from '../../../../shared/domain/enums';
import { ErrorAlert, errorNotBesideFields } from '../../components/ErrorAlert';
import { useServerFieldErrors, zodFormValidator } from '../../components/formValidation';

export type ConstituentFormValues = Required<ConstituentFields>;

export const EMPTY_CONSTITUENT: ConstituentFormValues = {
  title: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  preferredContact: 'email',
  doNotContact: false,
  salutation: 'title_surname',
};

interface Props {
  initialValues?: ConstituentFormValues;
  submitLabel: string;
  onSubmit: (values: ConstituentFormValues, allowDuplicate: boolean) => void;
  submitting?: boolean;
  /** The last save's failure; its field messages are shown beside the fields. */
  error?: unknown;
}

function duplicatesOf(error: unknown): DuplicateConstituent[] {
  if (!(error instanceof ApiCallError) || error.error.code !== 'CONFLICT') return [];
  return (error.error.details as { duplicates?: DuplicateConstituent[] } | undefined)?.duplicates ?? [];
}

export function ConstituentForm({
  initialValues = EMPTY_CONSTITUENT,
  submitLabel,
  onSubmit,
  submitting,
  error,
}: Props) {
  const form = useForm<ConstituentFormValues>({
    initialValues,
    validate: zodFormValidator(constituentFieldsSchema),
    validateInputOnBlur: ['postcode', 'email', 'phone'],
  });
  useServerFieldErrors(form.setErrors, error);

  const duplicates = duplicatesOf(error);
  const otherError = duplicates.length === 0 ? errorNotBesideFields(error) : null;

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values, false))} noValidate aria-label="Constituent details">
      <Stack gap="md" maw={720}>
        <Fieldset legend="Name">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Title" placeholder="Ms" {...form.getInputProps('title')} />
            <TextInput label="First name" required {...form.getInputProps('firstName')} />
            <TextInput label="Last name" required {...form.getInputProps('lastName')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Address">
          <Stack gap="sm">
            <TextInput label="Postcode" placeholder="RM9 6XX" w={180} {...form.getInputProps('postcode')} />
            <TextInput label="Address line 1" {...form.getInputProps('addressLine1')} />
            <TextInput label="Address line 2" {...form.getInputProps('addressLine2')} />
            <TextInput label="Town" {...form.getInputProps('town')} />
          </Stack>
        </Fieldset>
        <Fieldset legend="Contact">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Email" type="email" {...form.getInputProps('email')} />
              <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
            </SimpleGrid>
            <NativeSelect
              label="Preferred way to contact"
              w={240}
              data={CONTACT_METHODS.map((value) => ({ value, label: CONTACT_METHOD_LABELS[value] }))}
              {...form.getInputProps('preferredContact')}
            />
            <NativeSelect
              label="Letters greet them by"
              w={360}
              data={SALUTATIONS.map((value) => ({ value, label: SALUTATION_LABELS[value] }))}
              {...form.getInputProps('salutation')}
            />
            <Checkbox
              label="Do not contact (they asked us not to get in touch)"
              {...form.getInputProps('doNotContact', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        {duplicates.length > 0 && (
          <Alert color="yellow" title="This may be someone we already know" role="alert">
            <Stack gap="xs">
              {error instanceof ApiCallError && error.message}
              <List size="sm">
                {duplicates.map((d) => (
                  <List.Item key={d.id}>
                    <Anchor component={Link} to={`/constituents/${d.id}`}>
                      {d.fullName}
                    </Anchor>{' '}
                    {[d.postcode, d.email].filter(Boolean).join(', ')}
                  </List.Item>
                ))}
              </List>
              <Group>
                <Button variant="outline" onClick={() => onSubmit(form.getValues(), true)} loading={submitting}>
                  Save anyway
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <ErrorAlert error={otherError} />
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
