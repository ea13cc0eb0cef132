import {
  CASE_CATEGORIES,
  CASE_SORT_FIELDS,
  CASE_STATUSES,
  SORT_DIRECTIONS,
  type CaseCategory,
  type CaseSortField,
  type CaseStatus,
  type SortDirection,
} from '../../../../shared/domain/enums';

/** The case list's filters and sort, as kept in the URL (`#/cases?status=open&sort=dueOn`). */
export interface CaseListFilters {
  status?: CaseStatus;
  category?: CaseCategory;
  assignee?: string;
  overdue?: boolean;
  /** Words of the case's text (reference, title, description, notes, constituent's name). */
  text?: string;
  sort: CaseSortField;
  direction: SortDirection;
}

export const DEFAULT_SORT: Pick<CaseListFilters, 'sort' | 'direction'> = { sort: 'openedOn', direction: 'desc' };

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

/** Unknown or mistyped values are dropped rather than shown as an error: a bookmark should still open. */
export function filtersFromSearch(params: URLSearchParams): CaseListFilters {
  const assignee = params.get('assignee')?.trim();
  const text = params.get('q')?.trim();
  return {
    status: oneOf(CASE_STATUSES, params.get('status')),
    category: oneOf(CASE_CATEGORIES, params.get('category')),
    assignee: assignee || undefined,
    overdue: params.get('overdue') === '1' || undefined,
    text: text || undefined,
    sort: oneOf(CASE_SORT_FIELDS, params.get('sort')) ?? DEFAULT_SORT.sort,
    direction: oneOf(SORT_DIRECTIONS, params.get('dir')) ?? DEFAULT_SORT.direction,
  };
}

export function searchFromFilters(filters: CaseListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.category) params.set('category', filters.category);
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.overdue) params.set('overdue', '1');
  if (filters.text) params.set('q', filters.text);
  if (filters.sort !== DEFAULT_SORT.sort) params.set('sort', filters.sort);
  if (filters.direction !== DEFAULT_SORT.direction) params.set('dir', filters.direction);
  return params;
}

/** Clicking a column: sort by it; clicking it again reverses the order. */
export function toggleSort(filters: CaseListFilters, sort: CaseSortField): CaseListFilters {
  if (filters.sort === sort) return { ...filters, direction: filters.direction === 'asc' ? 'desc' : 'asc' };
  return { ...filters, sort, direction: sort === 'reference' || sort === 'dueOn' ? 'asc' : 'desc' };
}
