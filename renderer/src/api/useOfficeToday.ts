import { ukDateString } from '../../../shared/dates';
import { useApiQuery } from './queries';

/** Today's date by the backend's clock (YYYY-MM-DD), so defaults agree with due dates and "overdue". */
export function useOfficeToday(): string {
  const health = useApiQuery('system.health', {});
  return health.data?.today ?? ukDateString(new Date());
}
