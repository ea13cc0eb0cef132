import { Badge } from '@mantine/core';

export function ExampleBadge({ show }: { show: boolean }) {
  return show ? (
    <Badge color="yellow" variant="light" size="sm">
      Example
    </Badge>
  ) : null;
}
