import { NativeSelect } from '@mantine/core';
import { mayCall } from '../../../../shared/contract/access';
import { useApiQuery } from '../../api/queries';

/**
 * "Assigned to": nobody, or a colleague who does casework. A name from before staff accounts stays
 * selectable on its case (marked) until someone changes it.
 */
export function AssigneeSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (assignee: string) => void;
  error?: React.ReactNode;
}) {
  const staff = useApiQuery('staff.list', {});
  const colleagues = (staff.data ?? [])
    .filter((member) => member.active && mayCall(member.role, 'cases.update'))
    .map((member) => member.name);
  const legacy = value !== '' && staff.data && !colleagues.includes(value) ? [value] : [];
  return (
    <NativeSelect
      label="Assigned to"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      data={[
        { value: '', label: 'Nobody yet' },
        ...colleagues.map((name) => ({ value: name, label: name })),
        ...legacy.map((name) => ({ value: name, label: `${name} (not on the staff list)` })),
      ]}
    />
  );
}
