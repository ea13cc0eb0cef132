import { Box, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './VirtualTable.module.css';

export interface Column<Row> {
  key: string;
  header: string;
  /** CSS grid track, e.g. '8rem' or '2fr'. */
  width: string;
  cell: (row: Row) => ReactNode;
  /** Present when the list can be sorted by this column. */
  sortKey?: string;
}

interface Props<Row> {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** Where a row leads; without it, rows are plain rows, not links. */
  rowHref?: (row: Row) => string;
  sort?: { key: string; direction: 'asc' | 'desc' };
  onSort?: (key: string) => void;
  /** Called when the last loaded row scrolls into view (load the next page). */
  onEndReached?: () => void;
  height?: string;
}

const ROW_HEIGHT = 44;

/** A long list drawn a screenful at a time; each row is one link (when it leads somewhere), so Tab and Enter work everywhere. */
export function VirtualTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  rowHref,
  sort,
  onSort,
  onEndReached,
  height = 'calc(100vh - 260px)',
}: Props<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEndReached && rows.length > 0 && lastIndex >= rows.length - 1) onEndReached();
  }, [lastIndex, rows.length, onEndReached]);

  const template = columns.map((c) => c.width).join(' ');
  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label={label}
      // Rows that are not links give the keyboard nothing to reach: the list itself takes focus to scroll.
      tabIndex={rowHref ? undefined : 0}
      aria-rowcount={rows.length + 1}
      className={classes.table}
      style={{ height }}
      data-testid="virtual-scroller"
    >
      <div role="row" className={classes.header} style={{ gridTemplateColumns: template }}>
        {columns.map((column) => {
          const active = sort && column.sortKey === sort.key;
          const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
          return (
            <div role="columnheader" key={column.key} aria-sort={column.sortKey ? ariaSort : undefined}>
              {column.sortKey && onSort ? (
                <UnstyledButton className={classes.sortButton} onClick={() => onSort(column.sortKey!)}>
                  {column.header}
                  {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </UnstyledButton>
              ) : (
                <span className={classes.headerText}>{column.header}</span>
              )}
            </div>
          );
        })}
      </div>
      <div
        role="rowgroup"
        className={classes.body}
        style={{ height: virtualizer.getTotalSize(), gridTemplateColumns: template }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const rowProps = {
            role: 'row',
            'aria-rowindex': item.index + 2,
            className: classes.row,
            style: { gridTemplateColumns: template, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` },
          };
          const cells = columns.map((column) => (
            <span role="cell" key={column.key} className={classes.cell}>
              {column.cell(row)}
            </span>
          ));
          return rowHref ? (
            <Link key={rowKey(row)} to={rowHref(row)} {...rowProps}>
              {cells}
            </Link>
          ) : (
            <div key={rowKey(row)} {...rowProps}>
              {cells}
            </div>
          );
        })}
      </div>
    </Box>
  );
}
