import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConstituentForm, type ConstituentFormValues } from './ConstituentForm';

export function NewConstituentPage() {
  const create = useApiMutation('constituents.create');
  const navigate = useNavigate();
  const save = (values: ConstituentFormValues, allowDuplicate: boolean) =>
    create.mutate(
      { ...values, allowDuplicate },
      {
        onSuccess: (saved) => {
          notifications.show({ message: `${saved.fullName} added.` });
          navigate(`/constituents/${saved.id}`);
        },
      },
    );
  return (
    <Stack>
      <Title order={1}>New constituent</Title>
      <ConstituentForm
        submitLabel="Save constituent"
        onSubmit={save}
        submitting={create.isPending}
        error={create.error}
      />
    </Stack>
  );
}

export function EditConstituentPage() {
  const id = Number(useParams().id);
  const detail = useApiQuery('constituents.get', { id });
  const update = useApiMutation('constituents.update');
  const navigate = useNavigate();
  if (detail.error) return <ErrorAlert error={detail.error} title="This constituent could not be loaded" />;
  if (!detail.data || detail.data.constituent.id !== id) return null;
  const { constituent } = detail.data;
  const save = (values: ConstituentFormValues, allowDuplicate: boolean) =>
    update.mutate(
      { ...values, id, allowDuplicate },
      {
        onSuccess: (saved) => {
          notifications.show({ message: `${saved.fullName} saved.` });
          navigate(`/constituents/${id}`);
        },
      },
    );
  return (
    <Stack>
      <Title order={1}>Edit {constituent.fullName}</Title>
      <ConstituentForm
        initialValues={{
          title: constituent.title,
          firstName: constituent.firstName,
          lastName: constituent.lastName,
          email: constituent.email,
          phone: constituent.phone,
          addressLine1: constituent.addressLine1,
          addressLine2: constituent.addressLine2,
          town: constituent.town,
          postcode: constituent.postcode,
          salutation: constituent.salutation,
          preferredContact: constituent.preferredContact,
          doNotContact: constituent.doNotContact,
        }}
        submitLabel="Save changes"
        onSubmit={save}
        submitting={update.isPending}
        error={update.error}
      />
    </Stack>
  );
}
