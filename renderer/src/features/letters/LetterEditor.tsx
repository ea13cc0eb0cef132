import { Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { LetterTemplate } from '../../../../shared/contract/letters';
import type { LetterPurpose } from '../../../../shared/domain/enums';
import { MergeFieldEditor } from './MergeFieldEditor';

export interface LetterDraft {
  templateId: number;
  subject: string;
  body: string;
}

/**
 * The draft: a saved one reopened (`saved`, once loaded), else started from the first template for
 * `purpose` once templates have loaded. `waitForSaved` holds off the template while a saved draft loads.
 */
export function useLetterDraft(
  templates: LetterTemplate[] | undefined,
  purpose: LetterPurpose,
  saved?: { draft: LetterDraft | undefined; waitForSaved: boolean },
) {
  const [draft, setDraft] = useState<LetterDraft | null>(null);
  if (!draft && saved?.draft) setDraft(saved.draft);
  else if (!draft && templates && !saved?.waitForSaved) {
    const first = templates.find((t) => t.purpose === purpose) ?? templates[0];
    if (first) setDraft({ templateId: first.id, subject: first.subject, body: first.body });
  }
  return [draft, setDraft] as const;
}

/** Template choice, subject and text with the merge-field palette; `beside` sits next to the template choice. */
export function LetterEditor({
  templates,
  draft,
  onChange,
  beside,
}: {
  templates: LetterTemplate[];
  draft: LetterDraft;
  onChange: (draft: LetterDraft) => void;
  beside?: ReactNode;
}) {
  const startFrom = (id: number) => {
    const template = templates.find((t) => t.id === id);
    if (template) onChange({ templateId: template.id, subject: template.subject, body: template.body });
  };
  return (
    <Stack gap="sm">
      <Group grow>
        <NativeSelect
          label="Template"
          value={String(draft.templateId)}
          data={templates.map((t) => ({ value: String(t.id), label: t.name }))}
          onChange={(e) => startFrom(Number(e.currentTarget.value))}
        />
        {beside}
      </Group>
      <TextInput
        label="Subject"
        value={draft.subject}
        onChange={(e) => onChange({ ...draft, subject: e.currentTarget.value })}
      />
      <MergeFieldEditor
        key={draft.templateId}
        label="Letter"
        description="Merge fields show as chips; the preview shows what each becomes for this letter."
        defaultValue={draft.body}
        onChange={(body) => onChange({ ...draft, body })}
      />
    </Stack>
  );
}
