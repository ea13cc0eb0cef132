import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Constituent } from '../../../../shared/contract/constituents';
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
  if (detail.error) return <ErrorAlert error={detail.error} title="This constituent could not be loaded" />;
  if (!detail.data || detail.data.constituent.id !== id) return null;
  return <EditConstituent constituent={detail.data.constituent} />;
}

function EditConstituent({ constituent }: { constituent: Constituent }) {
  const { id } = constituent;
  const update = useApiMutation('constituents.update');
  const navigate = useNavigate();
  // The version the edit started from, kept as the form opened: a colleague's change meanwhile is not overwritten.
  const [startedFrom] = useState(constituent.version);
  const save = (values: ConstituentFormValues, allowDuplicate: boolean) =>
    update.mutate(
      { ...values, id, version: startedFrom, allowDuplicate },
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
