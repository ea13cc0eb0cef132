import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Campaign } from '../../../../shared/contract/campaigns';
import { CAMPAIGN_STAGES, CAMPAIGN_STAGE_LABELS, type CampaignStage } from '../../../../shared/domain/enums';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { useOfficeToday } from '../../api/useOfficeToday';
import { UkDateField } from '../../components/UkDateField';

function nextStage(stage: CampaignStage): CampaignStage {
  const index = CAMPAIGN_STAGES.indexOf(stage);
  return CAMPAIGN_STAGES[Math.min(index + 1, CAMPAIGN_STAGES.length - 1)]!;
}

export function StageControl({ campaign }: { campaign: Campaign }) {
  const today = useOfficeToday();
  const [stage, setStage] = useState<CampaignStage>(nextStage(campaign.stage));
  const [occurredOn, setOccurredOn] = useState(today);
  const [note, setNote] = useState('');
  const change = useApiMutation('campaigns.changeStage');
  const fields = fieldErrorsOf(change.error);
  return (
    <form
      aria-label="Move stage"
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate({ campaignId: campaign.id, stage, occurredOn, note }, { onSuccess: () => setNote('') });
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end" grow>
          <NativeSelect
            label="Move to stage"
            value={stage}
            data={CAMPAIGN_STAGES.filter((s) => s !== campaign.stage).map((s) => ({
              value: s,
              label: CAMPAIGN_STAGE_LABELS[s],
            }))}
            onChange={(e) => setStage(e.currentTarget.value as CampaignStage)}
          />
          <UkDateField label="On" required value={occurredOn} onChange={setOccurredOn} error={fields.occurredOn} />
        </Group>
        <TextInput label="Note for the timeline" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Move stage
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(change.error)} />
      </Stack>
    </form>
  );
}
