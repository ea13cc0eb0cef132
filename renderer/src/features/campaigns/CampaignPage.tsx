import { Badge, Button, Card, Grid, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatUkDate } from '../../../../shared/dates';
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STAGE_LABELS } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExampleBadge } from '../../components/ExampleBadge';
import { CorrespondenceLog } from '../correspondence/CorrespondenceLog';
import { CaseTable } from '../cases/CaseTable';
import { AddSignatureForm } from './AddSignatureForm';
import { CampaignTimeline, MilestoneForm } from './CampaignTimeline';
import { ImportBatches } from './ImportBatches';
import { SignersList } from './SignersList';
import { KeyFigures } from './KeyFigures';
import { LinkedConstituents } from './LinkedConstituents';
import { ParliamentPetitionCard } from './ParliamentPetitionCard';
import { CountBarChart, CountTable, SignaturesOverTimeChart } from './SignatureCharts';
import { StageControl } from './StageControl';
import { countOf } from '../../../../shared/plural';

function Section({ title, children, action }: { title: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

export function CampaignPage() {
  const id = Number(useParams().id);
  const detail = useApiQuery('campaigns.get', { id });
  if (detail.error) return <ErrorAlert error={detail.error} title="This campaign could not be loaded" />;
  if (!detail.data || detail.data.campaign.id !== id) return null;
  const { campaign, stats, timeline, figures, batches, constituents, cases, daysWaiting, parliamentPetition } =
    detail.data;
  const goal = campaign.signatureGoal;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>{campaign.title}</Title>
            <ExampleBadge show={campaign.isExample} />
          </Group>
          <Group gap="xs">
            <Badge size="lg" data-testid="campaign-stage">
              {CAMPAIGN_STAGE_LABELS[campaign.stage]}
            </Badge>
            <Text size="sm" c="dimmed">
              since {formatUkDate(campaign.stageSince)} · {CAMPAIGN_KIND_LABELS[campaign.kind]}
              {campaign.targetOrganisation && ` to ${campaign.targetOrganisation}`}
              {campaign.owner && ` · led by ${campaign.owner}`}
            </Text>
          </Group>
        </Stack>
        <Group>
          <Button component={Link} to={`/campaigns/${id}/edit`} variant="default">
            Edit
          </Button>
          <Button component={Link} to={`/campaigns/${id}/import`} variant="default">
            Import signatures
          </Button>
          <Button component={Link} to={`/campaigns/${id}/summary`}>
            Print summary
          </Button>
        </Group>
      </Group>
      {campaign.ask && <Text fw={500}>{campaign.ask}</Text>}

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Signatures
          </Text>
          <Text fz={32} fw={700} data-testid="signature-total">
            {stats.total.toLocaleString('en-GB')}
          </Text>
          {goal && (
            <>
              <Progress value={Math.min(100, (100 * stats.total) / goal)} aria-label="Progress toward the goal" />
              <Text size="sm" mt={4}>
                {Math.round((100 * stats.total) / goal)}% of the {goal.toLocaleString('en-GB')} goal
              </Text>
            </>
          )}
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Waiting for a response
          </Text>
          <Text fz={32} fw={700}>
            {daysWaiting === null ? '—' : countOf(daysWaiting, 'day')}
          </Text>
          <Text size="sm">{daysWaiting === null ? 'Nothing awaited' : 'since delivery'}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Signers who are constituents on file
          </Text>
          <Text fz={32} fw={700}>
            {stats.linkedToConstituents.toLocaleString('en-GB')}
          </Text>
        </Card>
      </SimpleGrid>

      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Section title="Signatures over time">
              {stats.overTime.length > 0 ? (
                <SignaturesOverTimeChart stats={stats} />
              ) : (
                <Text c="dimmed">No dated signatures yet.</Text>
              )}
              {stats.undated > 0 && (
                <Text size="sm" c="dimmed">
                  {stats.undated === 1 ? '1 signature has' : `${countOf(stats.undated, 'signature')} have`} no date.
                </Text>
              )}
            </Section>
            <Section title={stats.byWard ? 'Signatures by ward' : 'Signatures by postcode district'}>
              {!stats.byWard && (
                <Text size="sm" mb="sm">
                  Grouped by postcode district: import a postcode directory in <Link to="/settings">Settings</Link> to
                  count by ward. Wards are never guessed.
                </Text>
              )}
              {stats.total > 0 && (
                <Stack>
                  <CountBarChart
                    counts={stats.byWard ?? stats.byDistrict}
                    label={stats.byWard ? 'Signatures by ward' : 'Signatures by postcode district'}
                  />
                  <CountTable
                    counts={stats.byWard ?? stats.byDistrict}
                    heading={stats.byWard ? 'Ward' : 'District'}
                    total={stats.total}
                  />
                </Stack>
              )}
            </Section>
            {stats.byWard && (
              <Section title="Signatures by postcode district">
                <CountTable counts={stats.byDistrict} heading="District" total={stats.total} />
              </Section>
            )}
            <Section title="Signers">
              <SignersList campaignId={id} title={campaign.title} />
            </Section>
            <Section title="Imports">
              <Stack>
                <ImportBatches batches={batches} />
                <AddSignatureForm campaignId={id} />
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Section title="Stage">
              <StageControl key={campaign.stage} campaign={campaign} />
            </Section>
            <Section title="Timeline">
              <Stack>
                <CampaignTimeline events={timeline} />
                <MilestoneForm campaignId={id} />
              </Stack>
            </Section>
            <Section title="Key figures">
              <KeyFigures campaignId={id} figures={figures} />
            </Section>
            <Section title="UK Parliament petition">
              <ParliamentPetitionCard campaignId={id} petition={parliamentPetition} />
            </Section>
            <Section title="Correspondence">
              <Stack>
                <CorrespondenceLog campaignId={id} />
                <Group>
                  <Button component={Link} to={`/campaigns/${id}/standard-reply`} variant="default" size="xs">
                    Standard reply to supporters
                  </Button>
                </Group>
              </Stack>
            </Section>
            <Section title="Constituents who wrote in">
              <LinkedConstituents campaignId={id} linked={constituents} />
            </Section>
            <Section title="Linked cases">
              {cases.length === 0 ? (
                <Text c="dimmed">
                  No cases yet: choose this campaign under “Part of campaign” when opening or editing a case.
                </Text>
              ) : (
                <CaseTable rows={cases} height={`${Math.min(cases.length, 6) * 44 + 50}px`} />
              )}
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
