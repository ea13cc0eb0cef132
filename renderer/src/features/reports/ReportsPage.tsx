import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { OfficeReport } from '../../../../shared/contract/reports';
import { PUBLISHED_FIGURES_SOURCE } from '../../../../shared/contract/replyFigures';
import { formatUkDate } from '../../../../shared/dates';
import {
  CASE_CATEGORY_LABELS,
  CASE_STATUS_LABELS,
  type CaseCategory,
  type CaseStatus,
} from '../../../../shared/domain/enums';
import { countOf } from '../../../../shared/plural';
import { useApiQuery } from '../../api/queries';
import { useOfficeToday } from '../../api/useOfficeToday';
import { ErrorAlert, fieldErrorsOf } from '../../components/ErrorAlert';
import { downloadCsv } from '../../components/files';
import { PrintButtons } from '../../components/PrintButtons';
import print from '../../components/Print.module.css';
import { UkDateField } from '../../components/UkDateField';
import classes from './Reports.module.css';

const number = (n: number) => n.toLocaleString('en-GB');
const days = (n: number | null) => (n === null ? '—' : countOf(n, 'working day'));
const COMPACT = { fz: 'xs', verticalSpacing: 1, horizontalSpacing: 6, withTableBorder: true, striped: true } as const;

/** Twelve months back from today (the same day a year earlier, plus one). */
function yearBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10);
}

const monthLabel = (month: string) => formatUkDate(`${month}-01`).replace(/^\d+ /, '');

interface Section {
  heading: string;
  columns: string[];
  rows: (string | number)[][];
}

/** The report's tables, as shown and as the CSV holds them. */
function sectionsOf(report: OfficeReport): Section[] {
  const counted = (
    heading: string,
    rows: { key: string; opened: number; stillOpen: number }[],
    label = (k: string) => k,
  ) => ({
    heading,
    columns: [heading.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase()), 'Opened', 'Still open'],
    rows: rows.map((row) => [label(row.key), row.opened, row.stillOpen]),
  });
  return [
    {
      heading: 'Cases per month',
      columns: ['Month', 'Opened', 'Closed'],
      rows: report.months.map((m) => [monthLabel(m.month), m.opened, m.closed]),
    },
    counted('By category', report.byCategory, (key) => CASE_CATEGORY_LABELS[key as CaseCategory] ?? key),
    {
      heading: 'By status today',
      columns: ['Status', 'Cases'],
      rows: report.byStatus.map((row) => [CASE_STATUS_LABELS[row.key as CaseStatus] ?? row.key, row.count]),
    },
    counted('By assignee', report.byAssignee, (key) => key || 'Not assigned'),
    counted('By ward', report.byWard, (key) => key || 'Not in the postcode directory'),
    {
      heading: 'Outcomes of cases closed',
      columns: ['Outcome', 'Cases'],
      rows: report.outcomes.map((row) => [row.outcome || 'No outcome recorded', row.count]),
    },
    {
      heading: 'Replies from organisations',
      columns: [
        'Organisation',
        'Target',
        'Sent',
        'Replied',
        'Within target',
        'Late',
        'Awaited in time',
        'Median',
        'Within target %',
        `Published ${report.publishedFigures.year}`,
      ],
      rows: report.departments.map((d) => [
        d.name,
        d.targetWorkingDays,
        d.sent,
        d.replied,
        d.repliedWithinTarget,
        d.late,
        d.awaitingInTime,
        d.medianWorkingDays ?? '',
        d.withinTargetPercent === null ? '' : `${d.withinTargetPercent}%`,
        d.published?.withinTargetPercent == null ? '' : `${d.published.withinTargetPercent}%`,
      ]),
    },
  ];
}

function SectionTable({ section, limit }: { section: Section; limit?: number }) {
  const shown = limit === undefined ? section.rows : section.rows.slice(0, limit);
  return (
    <div>
      <Title order={3} size="h6" mb={2}>
        {section.heading}
      </Title>
      {section.rows.length === 0 ? (
        <Text size="xs" c="dimmed">
          None in this period.
        </Text>
      ) : (
        <Table {...COMPACT} aria-label={section.heading}>
          <Table.Thead>
            <Table.Tr>
              {section.columns.map((column, i) => (
                <Table.Th key={column} ta={i === 0 ? undefined : 'right'}>
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, r) => (
              <Table.Tr key={r}>
                {row.map((cell, i) => (
                  <Table.Td key={i} ta={i === 0 ? undefined : 'right'}>
                    {typeof cell === 'number' ? number(cell) : cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {shown.length < section.rows.length && (
              <Table.Tr>
                <Table.Td colSpan={section.columns.length}>
                  and {section.rows.length - shown.length} more (in the CSV)
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}

function CasesPerMonthChart({ report }: { report: OfficeReport }) {
  const data = report.months.map((m) => ({ ...m, label: monthLabel(m.month) }));
  return (
    <BarChart width={380} height={150} data={data} role="img" aria-label="Cases opened and closed per month">
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
      <YAxis tickFormatter={number} width={44} tick={{ fontSize: 10 }} />
      <Tooltip formatter={(v) => number(Number(v))} />
      <Legend wrapperStyle={{ fontSize: 11 }} />
      <Bar dataKey="opened" name="Opened" fill="#4c6ef5" isAnimationActive={false} />
      <Bar dataKey="closed" name="Closed" fill="#40c057" isAnimationActive={false} />
    </BarChart>
  );
}

/** The busiest categories, as the table beside it counts them. */
function CategoryChart({ report }: { report: OfficeReport }) {
  const data = report.byCategory.slice(0, 6).map((row) => ({
    label: CASE_CATEGORY_LABELS[row.key] ?? row.key,
    opened: row.opened,
    stillOpen: row.stillOpen,
  }));
  return (
    <BarChart
      width={240}
      height={150}
      data={data}
      layout="vertical"
      role="img"
      aria-label="Cases opened by category"
      margin={{ left: 0, right: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={number} tick={{ fontSize: 10 }} allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={92} tick={{ fontSize: 10 }} />
      <Tooltip formatter={(v) => number(Number(v))} />
      <Legend wrapperStyle={{ fontSize: 11 }} />
      <Bar dataKey="opened" name="Opened" fill="#4c6ef5" isAnimationActive={false} />
      <Bar dataKey="stillOpen" name="Still open" fill="#fab005" isAnimationActive={false} />
    </BarChart>
  );
}

/** Where the published figures come from, and the government-wide figure to read a department's against. */
function publishedFiguresLine({ publishedFigures: p }: OfficeReport): string {
  const across =
    p.total?.withinTargetPercent != null ? ` Across government: ${p.total.withinTargetPercent}% within target.` : '';
  return `Published ${p.year}: each department’s own figure, from ${PUBLISHED_FIGURES_SOURCE(p.year)}.${across}`;
}

/** How the office is doing over a period: casework and organisations' replies, on one A4 page, with a CSV of every table. */
export function ReportsPage() {
  const today = useOfficeToday();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? yearBefore(today);
  const to = params.get('to') ?? today;
  const setRange = (next: { from: string; to: string }) => setParams(next, { replace: true });
  const report = useApiQuery('reports.office', { from, to }, { enabled: Boolean(from && to) });
  const fields = fieldErrorsOf(report.error);
  const data = report.data;
  const sections = data ? sectionsOf(data) : [];
  return (
    <Stack>
      <Group className={print.screenOnly} justify="space-between" align="flex-end">
        <Title order={1}>Reports</Title>
        <Group align="flex-end">
          <UkDateField
            label="From"
            value={from}
            onChange={(value) => setRange({ from: value, to })}
            error={fields.from}
            required
          />
          <UkDateField
            label="To"
            value={to}
            onChange={(value) => setRange({ from, to: value })}
            error={fields.to}
            required
          />
          <Button
            variant="default"
            disabled={!data}
            onClick={() =>
              downloadCsv(
                `Postbag report ${from} to ${to}.csv`,
                sections.flatMap((s) => [[s.heading], s.columns, ...s.rows, []]),
              )
            }
          >
            Download CSV
          </Button>
          <PrintButtons fileName={`Postbag report ${from} to ${to}.pdf`} disabled={!data} />
        </Group>
      </Group>
      {report.error && !fields.from && !fields.to && (
        <ErrorAlert error={report.error} title="The report did not load" />
      )}
      {data && (
        <article className={classes.sheet} aria-label="Report">
          <Title order={2} size="h4">
            Casework from {formatUkDate(data.from)} to {formatUkDate(data.to)}
          </Title>
          <Text size="xs" c="dimmed">
            Cases opened in the period (and closed in it, for the time to close and outcomes); letters sent in it.
            Working days are England and Wales working days.
          </Text>
          <Group gap="md" align="flex-start" wrap="nowrap">
            <CasesPerMonthChart report={data} />
            <CategoryChart report={data} />
          </Group>
          <Alert variant="light" p={6} mt={4}>
            <Text size="xs">
              {countOf(data.closing.closed, 'case')} closed in the period: half within{' '}
              {days(data.closing.medianWorkingDays)} of opening, 90% within {days(data.closing.p90WorkingDays)}.
            </Text>
          </Alert>
          <div className={classes.columns}>
            {sections.slice(1, 6).map((section) => (
              <SectionTable key={section.heading} section={section} limit={6} />
            ))}
            <div className={classes.wide}>
              <SectionTable section={sections[6]!} limit={8} />
              <Text size="xs" c="dimmed" mt={2}>
                Within target counts letters still awaiting a reply past their due date as late; — where nothing was due
                yet. {publishedFiguresLine(data)}
              </Text>
            </div>
          </div>
        </article>
      )}
    </Stack>
  );
}
