import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useState } from 'react';
import { ErrorAlert, fieldErrorsOf } from '../../components/ErrorAlert';
import { UkDateField } from '../../components/UkDateField';
import { CampaignForm } from './CampaignForm';
import { useOfficeToday } from '../../api/useOfficeToday';

export function NewCampaignPage() {
  const today = useOfficeToday();
  const [startedOn, setStartedOn] = useState(today);
  const create = useApiMutation('campaigns.create');
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>New campaign</Title>
      <CampaignForm
        initialValues={{
          title: '',
          summary: '',
          ask: '',
          kind: 'petition',
          targetOrganisation: '',
          owner: '',
          signatureGoal: null,
        }}
        extraFields={
          <UkDateField
            label="Started on"
            description="Signatures dated before this are flagged when imported"
            required
            w={260}
            value={startedOn}
            onChange={setStartedOn}
            error={fieldErrorsOf(create.error).startedOn}
          />
        }
        submitLabel="Create campaign"
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(
            { ...values, startedOn },
            {
              onSuccess: (saved) => {
                notifications.show({ message: `Campaign “${saved.title}” created.` });
                navigate(`/campaigns/${saved.id}`);
              },
            },
          )
        }
      />
    </Stack>
  );
}

export function EditCampaignPage() {
  const id = Number(useParams().id);
  const detail = useApiQuery('campaigns.get', { id });
  const update = useApiMutation('campaigns.update');
  const navigate = useNavigate();
  if (detail.error) return <ErrorAlert error={detail.error} title="This campaign could not be loaded" />;
  if (!detail.data || detail.data.campaign.id !== id) return null;
  const { title, summary, ask, kind, targetOrganisation, owner, signatureGoal } = detail.data.campaign;
  return (
    <Stack>
      <Title order={1}>Edit {title}</Title>
      <CampaignForm
        initialValues={{ title, summary, ask, kind, targetOrganisation, owner, signatureGoal }}
        submitLabel="Save changes"
        submitting={update.isPending}
        error={update.error}
        onSubmit={(values) => update.mutate({ ...values, id }, { onSuccess: () => navigate(`/campaigns/${id}`) })}
      />
    </Stack>
  );
}
