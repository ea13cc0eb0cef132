import { Button, Group } from '@mantine/core';
import type { RefObject } from 'react';
import { MERGE_FIELDS } from '../../../../shared/letters/mergeFields';

/** Buttons that put `{{field}}` where the cursor is in a template's text. */
export function MergeFieldPalette({
  target,
  text,
  onChange,
}: {
  target: RefObject<HTMLTextAreaElement | null>;
  text: string;
  onChange: (text: string) => void;
}) {
  const insert = (name: string) => {
    const start = target.current?.selectionStart ?? text.length;
    const end = target.current?.selectionEnd ?? start;
    onChange(`${text.slice(0, start)}{{${name}}}${text.slice(end)}`);
  };
  return (
    <Group gap={6} role="group" aria-label="Insert a merge field">
      {Object.entries(MERGE_FIELDS).map(([name, field]) => (
        <Button key={name} size="compact-xs" variant="light" onClick={() => insert(name)}>
          {field.label}
        </Button>
      ))}
    </Group>
  );
}
