import { Button, Group } from '@mantine/core';
import { MERGE_FIELDS } from '../../../../shared/letters/mergeFields';

/** Buttons that put a merge field where the cursor is. */
export function MergeFieldPalette({ onInsert }: { onInsert: (name: string) => void }) {
  return (
    <Group gap={6} role="group" aria-label="Insert a merge field">
      {Object.entries(MERGE_FIELDS).map(([name, field]) => (
        <Button key={name} size="compact-xs" variant="light" onClick={() => onInsert(name)}>
          {field.label}
        </Button>
      ))}
    </Group>
  );
}
