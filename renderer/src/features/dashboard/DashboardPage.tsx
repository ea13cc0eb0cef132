import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMe } from '../staff/MeContext';
import { countOf } from '../../../../shared/plural';

function StatCard({ label, value, to }: { label: string; value: number; to: string }) {
  return (
    <Card withBorder component={Link} to={to}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700}>
        {value.toLocaleString('en-GB')}
      </Text>
    </Card>
  );
}

function ExampleDataControls({ loaded }: { loaded: boolean }) {
  const load = useApiMutation('exampleData.load');
  const remove = useApiMutation('exampleData.remove');
  const [confirming, setConfirming] = useState(false);

  if (!loaded) {
    return (
      <Stack gap="xs" align="flex-start">
        <Button
          onClick={() =>
            load.mutate(
              {},
              {
                onSuccess: (r) =>
                  notifications.show({
                    message: `Loaded the example office: ${countOf(r.constituents, 'constituent')}, ${countOf(r.cases, 'case')} and a campaign with ${countOf(r.signatures, 'signature')}.`,
                  }),
              },
            )
          }
          loading={load.isPending}
        >
          Load example data
        </Button>
        <ErrorAlert error={load.error} />
      </Stack>
    );
  }
  return (
    <Alert color="yellow" title="You are looking at example data" variant="light">
      <Stack gap="xs">
        <Text size="sm">
          The Dagenham and Rainham office: invented constituents and cases, marked “Example”. Remove them before real
          work begins; your own records stay.
        </Text>
        {confirming ? (
          <Group>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  {},
                  {
                    onSuccess: (r) => {
                      setConfirming(false);
                      notifications.show({
                        message: `Removed the example data: ${countOf(r.constituents, 'constituent')}, ${countOf(r.cases, 'case')} and ${countOf(r.campaigns, 'campaign')}.`,
                      });
                    },
                  },
                )
              }
            >
              Yes, remove all example data
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </Group>
        ) : (
          <Group>
            <Button variant="outline" color="red" onClick={() => setConfirming(true)}>
              Remove example data
            </Button>
          </Group>
        )}
        <ErrorAlert error={remove.error} />
      </Stack>
    </Alert>
  );
}

export function DashboardPage() {
  const summary = useApiQuery('dashboard.summary', {});
  const me = useMe();
  if (summary.error) return <ErrorAlert error={summary.error} title="The dashboard could not load" />;
  if (!summary.data) return null;
  const data = summary.data;
  const empty = data.constituents === 0 && !data.exampleDataLoaded;

  return (
    <Stack gap="lg">
      <Title order={1}>Dashboard</Title>
      {empty ? (
        <Card withBorder padding="xl">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3">
              Welcome to Postbag
            </Title>
            <Text>
              Nothing has been logged yet. Add the first constituent who has been in touch, or load the example office
              to look around first.
            </Text>
            <Group>
              <Button component={Link} to="/constituents/new" variant="filled">
                Add a constituent
              </Button>
            </Group>
            <ExampleDataControls loaded={false} />
          </Stack>
        </Card>
      ) : (
        <>
          {data.backupWarning && (
            <Alert color="orange" title="Backups" role="status">
              {data.backupWarning}{' '}
              <Anchor component={Link} to="/settings">
                Open Settings
              </Anchor>
            </Alert>
          )}
          {data.exampleDataLoaded && <ExampleDataControls loaded />}
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <StatCard
              label="My open cases"
              value={data.myOpenCases}
              to={`/cases?status=open&assignee=${encodeURIComponent(me.name)}`}
            />
            <StatCard label="Open cases" value={data.openCases} to="/cases" />
            <StatCard label="Overdue cases" value={data.overdueCases} to="/cases?overdue=1" />
            <StatCard label="Due this week" value={data.dueThisWeek} to="/cases?status=open&sort=dueOn&dir=asc" />
            <StatCard
              label="Cases waiting on others"
              value={data.awaitingCases}
              to="/cases?status=awaiting_third_party"
            />
            <StatCard label="Replies overdue" value={data.overdueReplies} to="/correspondence/overdue" />
            <StatCard label="Campaigns awaiting a response" value={data.campaignsAwaitingResponse} to="/campaigns" />
            <StatCard label="Constituents" value={data.constituents} to="/constituents" />
            {data.subjectAccess && (
              <StatCard
                label={
                  data.subjectAccess.overdue > 0
                    ? `Subject access requests open (${data.subjectAccess.overdue} past due)`
                    : 'Subject access requests open'
                }
                value={data.subjectAccess.open}
                to="/subject-access"
              />
            )}
            {data.retentionDue !== null && data.retentionDue > 0 && (
              <StatCard label="Records due for retention review" value={data.retentionDue} to="/retention" />
            )}
          </SimpleGrid>
          <Group>
            <Button component={Link} to="/constituents/new">
              Add a constituent
            </Button>
            <Button component={Link} to="/cases?overdue=1" variant="default">
              See overdue cases
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
