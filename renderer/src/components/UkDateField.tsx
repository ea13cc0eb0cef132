import { DateInput, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/en-gb';
import { parseUkDate } from '../../../shared/ukDate';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * The one date field: shown and typed as dd/mm/yyyy whatever the browser's language ("24/11/2026",
 * "24 Nov 2026" and "2026-11-24" all read), with a UK calendar (weeks from Monday) to pick from.
 */
export function UkDateField({ value, onChange, ...props }: Props) {
  return (
    <DateInput
      locale="en-gb"
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      firstDayOfWeek={1}
      dateParser={(input) => parseUkDate(input)}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': 'Clear the date' }}
      {...props}
    />
  );
}
