import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatUkDate } from '../../../../shared/dates';
import { CAMPAIGN_STAGE_LABELS } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButtons } from '../../components/PrintButtons';
import { KeyFigureTable } from './KeyFigures';
import { ParliamentPetitionFacts } from './ParliamentPetitionCard';
import { CountBarChart, CountTable } from './SignatureCharts';
import print from '../../components/Print.module.css';
import classes from './CampaignSummary.module.css';
import { useOfficeToday } from '../../api/useOfficeToday';
import { countOf } from '../../../../shared/plural';

/** Rows of wards (or districts) and timeline events shown at most; fewer when the page would overflow. */
const MOST_ROWS = 8;
const FEWEST_ROWS = 2;
/**
 * A4's printable height under the 12 mm print margins, plus the sheet's 8 mm padding top and bottom
 * on screen, less 6 mm of safety: screen and paper lay text out a little differently.
 */
const SHEET_HEIGHT_PX = ((297 - 2 * 12 + 2 * 8 - 6) * 96) / 25.4;

interface Shown {
  wards: number;
  events: number;
}
const MOST: Shown = { wards: MOST_ROWS, events: MOST_ROWS };

/** One step shorter: the timeline gives way first (it always shortens the page), then the wards. */
function trimmed(shown: Shown): Shown | null {
  if (shown.events > FEWEST_ROWS) return { ...shown, events: shown.events - 1 };
  if (shown.wards > FEWEST_ROWS) return { ...shown, wards: shown.wards - 1 };
  return null;
}

/**
 * However many wards, figures and events a campaign has, the summary stays on one A4 page: drawn
 * (on screen at the width it has on paper), measured, and trimmed until it fits, each list ending
 * "and N more".
 */
function useShownThatFits(sheet: React.RefObject<HTMLElement | null>, content: unknown): Shown {
  const [shown, setShown] = useState(MOST);
  const [measuredFor, setMeasuredFor] = useState(content);
  if (measuredFor !== content) {
    setMeasuredFor(content);
    setShown(MOST);
  }
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    const next = element.scrollHeight > SHEET_HEIGHT_PX ? trimmed(shown) : null;
    // Marked on the element itself (no render needed): tests and printing wait for it.
    element.setAttribute('data-fitted', String(next === null));
    // Measuring the drawn page before it is painted, then trimming, is what a layout effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (next) setShown(next);
  }, [sheet, content, shown]);
  return shown;
}

/** The one-page A4 summary for the MP; the browser's print (or Save as PDF) uses the print stylesheet. */
export function CampaignSummaryPage() {
  const today = useOfficeToday();
  const id = Number(useParams().id);
  const detail = useApiQuery('campaigns.get', { id });
  const sheet = useRef<HTMLElement>(null);
  const shown = useShownThatFits(sheet, detail.data);
  if (detail.error) return <ErrorAlert error={detail.error} title="This campaign could not be loaded" />;
  if (!detail.data || detail.data.campaign.id !== id) return null;
  const { campaign, stats, timeline, figures, daysWaiting, parliamentPetition } = detail.data;
  const counts = stats.byWard ?? stats.byDistrict;
  const latestResponse = [...timeline].reverse().find((e) => e.stage === 'responded');
  const started = timeline[0]?.occurredOn;

  return (
    <Stack className={classes.page}>
      <Group className={print.screenOnly} justify="space-between">
        <Button component={Link} to={`/campaigns/${id}`} variant="default">
          Back to the campaign
        </Button>
        <PrintButtons fileName={`${campaign.title} - summary.pdf`} />
      </Group>
      <article className={classes.sheet} aria-label="Campaign summary" ref={sheet}>
        <Text size="xs" c="dimmed">
          Campaign summary · printed {formatUkDate(today)}
          {campaign.isExample ? ' · EXAMPLE DATA' : ''}
        </Text>
        <Title order={1} size="h3">
          {campaign.title}
        </Title>
        <Text size="sm">
          <b>{CAMPAIGN_STAGE_LABELS[campaign.stage]}</b> since {formatUkDate(campaign.stageSince)}
          {started ? ` · started ${formatUkDate(started)}` : ''}
          {campaign.targetOrganisation ? ` · to ${campaign.targetOrganisation}` : ''}
          {daysWaiting !== null ? ` · waiting ${countOf(daysWaiting, 'day')} for a response` : ''}
        </Text>
        {campaign.ask && (
          <Text mt="xs" size="sm">
            <b>The ask:</b> {campaign.ask}
          </Text>
        )}
        <div className={classes.columns}>
          <section>
            <Title order={2} size="h5">
              Signatures: {stats.total.toLocaleString('en-GB')}
              {campaign.signatureGoal ? ` of a ${campaign.signatureGoal.toLocaleString('en-GB')} goal` : ''}
            </Title>
            <CountBarChart
              counts={counts.slice(0, shown.wards)}
              label={stats.byWard ? 'Signatures by ward' : 'Signatures by postcode district'}
              width={330}
            />
            <CountTable
              counts={counts}
              heading={stats.byWard ? 'Ward' : 'District'}
              total={stats.total}
              compact
              limit={shown.wards}
            />
          </section>
          <section>
            <Title order={2} size="h5">
              Key figures
            </Title>
            <KeyFigureTable figures={figures} compact />
            {parliamentPetition && (
              <>
                <Title order={2} size="h5" mt="sm">
                  UK Parliament petition
                </Title>
                <ParliamentPetitionFacts petition={parliamentPetition} />
              </>
            )}
            {latestResponse && (
              <>
                <Title order={2} size="h5" mt="sm">
                  Latest response ({formatUkDate(latestResponse.occurredOn)})
                </Title>
                <Text size="xs" lineClamp={8}>
                  {latestResponse.body || 'Response received.'}
                </Text>
              </>
            )}
          </section>
        </div>
        <Title order={2} size="h5" mt="sm">
          Timeline
        </Title>
        <ul className={classes.timeline} aria-label="Campaign timeline">
          {timeline.length > shown.events && (
            <li>… {countOf(timeline.length - shown.events, 'earlier event')}, on the campaign’s page</li>
          )}
          {timeline.slice(-shown.events).map((event) => (
            <li key={event.id}>
              <b>{formatUkDate(event.occurredOn)}</b> {event.title}
              {event.body ? `: ${event.body}` : ''}
            </li>
          ))}
        </ul>
      </article>
    </Stack>
  );
}
