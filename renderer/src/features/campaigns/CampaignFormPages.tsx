import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useState } from 'react';
import { ErrorAlert, fieldErrorsOf } from '../../components/ErrorAlert';
import { UkDateField } from '../../components/UkDateField';
import { CampaignForm } from './CampaignForm';
import { useOfficeToday } from '../../api/useOfficeToday';
import type { Campaign } from '../../../../shared/contract/campaigns';

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
  if (detail.error) return <ErrorAlert error={detail.error} title="This campaign could not be loaded" />;
  if (!detail.data || detail.data.campaign.id !== id) return null;
  return <EditCampaign campaign={detail.data.campaign} />;
}

function EditCampaign({ campaign }: { campaign: Campaign }) {
  const { id, title, summary, ask, kind, targetOrganisation, owner, signatureGoal } = campaign;
  const update = useApiMutation('campaigns.update');
  const navigate = useNavigate();
  // The version the edit started from, kept as the form opened: a colleague's change meanwhile is not overwritten.
  const [startedFrom] = useState(campaign.version);
  return (
    <Stack>
      <Title order={1}>Edit {title}</Title>
      <CampaignForm
        initialValues={{ title, summary, ask, kind, targetOrganisation, owner, signatureGoal }}
        submitLabel="Save changes"
        submitting={update.isPending}
        error={update.error}
        onSubmit={(values) =>
          update.mutate({ ...values, id, version: startedFrom }, { onSuccess: () => navigate(`/campaigns/${id}`) })
        }
      />
    </Stack>
  );
}
