import { Table } from '@mantine/core';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CountByKey, SignatureStats } from '../../../../shared/contract/campaigns';
import { formatUkDate } from '../../../../shared/dates';

const number = (n: number) => n.toLocaleString('en-GB');

/** Table props for the printed summary, where a page must hold everything. */
export const COMPACT_TABLE = { fz: 'xs', verticalSpacing: 2, horizontalSpacing: 6 } as const;

/** Fills its container's width on screen; a fixed width (for print) keeps it the same on paper. */
function Sized({ width, height, children }: { width?: number; height: number; children: React.ReactElement }) {
  return width ? (
    <div style={{ width, height }}>{children}</div>
  ) : (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

interface OverTimeProps {
  stats: SignatureStats;
  width?: number;
  height?: number;
}

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Cumulative signatures by date signed, on a real time axis: gaps between dates keep their length, ticks carry the year. */
export function SignaturesOverTimeChart({ stats, width, height = 220 }: OverTimeProps) {
  const points = stats.overTime.map((d) => ({ ...d, time: Date.parse(`${d.date}T12:00:00Z`) }));
  const spanDays = points.length > 1 ? (points.at(-1)!.time - points[0]!.time) / 86_400_000 : 0;
  // Over a few months, days ("24 Oct 2019"); over longer, months ("Oct 2019").
  const tick = (time: number) =>
    spanDays > 120 ? formatUkDate(dayOf(time)).replace(/^\d+ /, '') : formatUkDate(dayOf(time));
  return (
    <Sized width={width} height={height}>
      <AreaChart width={width} height={height} data={points} role="img" aria-label="Signatures over time">
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={tick}
          minTickGap={32}
        />
        <YAxis tickFormatter={number} width={56} />
        <Tooltip
          labelFormatter={(time) => formatUkDate(dayOf(Number(time)))}
          formatter={(v) => [number(Number(v)), 'Signatures so far']}
        />
        <Area type="monotone" dataKey="cumulative" stroke="#4c6ef5" fill="#bac8ff" isAnimationActive={false} />
      </AreaChart>
    </Sized>
  );
}

interface CountBarChartProps {
  counts: CountByKey[];
  label: string;
  /** Fixed width in pixels for print; fills the container when absent. */
  width?: number;
}

export function CountBarChart({ counts, label, width }: CountBarChartProps) {
  const shown = counts.slice(0, 15);
  const height = (width ? 18 : 28) * shown.length + 40;
  return (
    <Sized width={width} height={height}>
      <BarChart width={width} height={height} data={shown} layout="vertical" role="img" aria-label={label}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={number} />
        <YAxis
          type="category"
          dataKey="label"
          width={width ? 110 : 170}
          interval={0}
          tick={{ fontSize: width ? 10 : 12 }}
        />
        <Tooltip formatter={(v) => [number(Number(v)), 'Signatures']} />
        <Bar dataKey="count" fill="#4c6ef5" isAnimationActive={false} />
      </BarChart>
    </Sized>
  );
}

interface CountTableProps {
  counts: CountByKey[];
  heading: string;
  total: number;
  compact?: boolean;
  /** Show this many, then one line for the rest ("and 12 more wards"), so a printed page holds it. */
  limit?: number;
  /** The plural for the "and N more" line ("wards"). */
  plural?: string;
}

export function CountTable({ counts, heading, total, compact, limit, plural }: CountTableProps) {
  const shown = limit === undefined ? counts : counts.slice(0, limit);
  const rest = counts.slice(shown.length);
  const restCount = rest.reduce((sum, c) => sum + c.count, 0);
  return (
    <Table
      striped
      aria-label={`Signatures by ${heading.toLowerCase()}`}
      withTableBorder
      {...(compact ? COMPACT_TABLE : {})}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{heading}</Table.Th>
          <Table.Th ta="right">Signatures</Table.Th>
          <Table.Th ta="right">Share</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shown.map((c) => (
          <Table.Tr key={c.key || c.label}>
            <Table.Td>{c.label}</Table.Td>
            <Table.Td ta="right">{number(c.count)}</Table.Td>
            <Table.Td ta="right">{total ? `${((100 * c.count) / total).toFixed(1)}%` : '—'}</Table.Td>
          </Table.Tr>
        ))}
        {rest.length > 0 && (
          <Table.Tr>
            <Table.Td>
              and {rest.length} more{' '}
              {rest.length === 1 ? heading.toLowerCase() : (plural ?? `${heading.toLowerCase()}s`)}
            </Table.Td>
            <Table.Td ta="right">{number(restCount)}</Table.Td>
            <Table.Td ta="right">{total ? `${((100 * restCount) / total).toFixed(1)}%` : '—'}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
