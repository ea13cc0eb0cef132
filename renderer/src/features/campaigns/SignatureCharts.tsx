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

/** Cumulative signatures by date signed. */
export function SignaturesOverTimeChart({ stats, width, height = 220 }: OverTimeProps) {
  return (
    <Sized width={width} height={height}>
      <AreaChart width={width} height={height} data={stats.overTime} role="img" aria-label="Signatures over time">
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tickFormatter={(d: string) => formatUkDate(d).replace(/ \d{4}$/, '')} minTickGap={24} />
        <YAxis tickFormatter={number} width={56} />
        <Tooltip
          labelFormatter={(d) => formatUkDate(String(d))}
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
}

export function CountTable({ counts, heading, total, compact }: CountTableProps) {
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
        {counts.map((c) => (
          <Table.Tr key={c.key || c.label}>
            <Table.Td>{c.label}</Table.Td>
            <Table.Td ta="right">{number(c.count)}</Table.Td>
            <Table.Td ta="right">{total ? `${((100 * c.count) / total).toFixed(1)}%` : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
