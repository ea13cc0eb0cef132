import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { CaseFilters } from './CaseFilters';
import { filtersFromSearch, searchFromFilters } from './caseListSearch';

/** The filters wired to the URL exactly as the case list page wires them. */
function FiltersInUrl() {
  const [params, setParams] = useSearchParams();
  return <CaseFilters filters={filtersFromSearch(params)} onChange={(f) => setParams(searchFromFilters(f))} />;
}

const search = (router: { state: { location: { search: string } } }) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search));

describe('case list filters', () => {
  it('read their state from the URL', () => {
    renderInApp(<FiltersInUrl />, '/cases?status=awaiting_third_party&category=housing&assignee=Priya&overdue=1');
    expect(screen.getByLabelText('Status')).toHaveValue('awaiting_third_party');
    expect(screen.getByLabelText('Category')).toHaveValue('housing');
    expect(screen.getByLabelText('Assigned to')).toHaveValue('Priya');
    expect(screen.getByLabelText('Overdue only')).toBeChecked();
  });

  it('write each change to the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderInApp(<FiltersInUrl />, '/cases');
    await user.selectOptions(screen.getByLabelText('Status'), 'open');
    await user.selectOptions(screen.getByLabelText('Category'), 'immigration');
    await user.click(screen.getByLabelText('Overdue only'));
    await user.type(screen.getByLabelText('Assigned to'), 'Sam Okoro{Enter}');
    expect(search(router)).toEqual({ status: 'open', category: 'immigration', overdue: '1', assignee: 'Sam Okoro' });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(search(router)).toEqual({});
    expect(screen.getByLabelText('Assigned to')).toHaveValue('');
  });

  it('ignore values in the URL that are not real options', () => {
    expect(filtersFromSearch(new URLSearchParams('status=lost&category=x&sort=evil&dir=up&overdue=yes'))).toEqual({
      status: undefined,
      category: undefined,
      assignee: undefined,
      overdue: undefined,
      sort: 'openedOn',
      direction: 'desc',
    });
  });
});
