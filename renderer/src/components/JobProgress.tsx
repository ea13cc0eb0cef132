import { Button, Group, Progress, Text } from '@mantine/core';
import type { JobHandle } from '../api/useJob';

/** A running job's progress bar, its count, and Cancel (nothing is kept of a cancelled job). */
export function JobProgress({
  job,
  label,
}: {
  job: Pick<JobHandle, 'isPending' | 'progress' | 'cancel'>;
  label: string;
}) {
  if (!job.isPending) return null;
  const { done = 0, total = 0 } = job.progress ?? {};
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  const counted = total > 0 ? `${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}` : 'Starting…';
  return (
    <Group gap="sm" aria-live="polite">
      <Progress.Root w={260} size="lg">
        <Progress.Section value={percent} aria-label={`${label}: ${counted}`} />
      </Progress.Root>
      <Text size="sm">
        {label}: {counted}
      </Text>
      <Button variant="default" size="xs" onClick={job.cancel}>
        Cancel
      </Button>
    </Group>
  );
}
