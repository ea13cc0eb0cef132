import { Button, Grid, NativeSelect, NavLink, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { LetterTemplate } from '../../../../shared/contract/letters';
import { LETTER_PURPOSE_LABELS, LETTER_PURPOSES } from '../../../../shared/domain/enums';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { MergeFieldEditor } from './MergeFieldEditor';

type Draft = Omit<LetterTemplate, 'id' | 'version'> & { id?: number; version?: number };
const BLANK: Draft = { name: '', purpose: 'letter', subject: '', body: '' };

function TemplateEditor({ initial }: { initial: Draft }) {
  const [draft, setDraft] = useState(initial);
  const save = useApiMutation('letters.saveTemplate');
  const fields = fieldErrorsOf(save.error);
  return (
    <form
      aria-label="Template"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft, {
          onSuccess: (saved) => {
            setDraft(saved);
            notifications.show({ message: `Template “${saved.name}” saved.` });
          },
        });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          error={fields.name}
        />
        <NativeSelect
          label="Used for"
          value={draft.purpose}
          data={LETTER_PURPOSES.map((purpose) => ({ value: purpose, label: LETTER_PURPOSE_LABELS[purpose] }))}
          onChange={(e) => setDraft({ ...draft, purpose: e.currentTarget.value as Draft['purpose'] })}
        />
        <TextInput
          label="Subject"
          value={draft.subject}
          onChange={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
        />
        <MergeFieldEditor
          label="Text"
          defaultValue={draft.body}
          onChange={(body) => setDraft((current) => ({ ...current, body }))}
          error={fields.body}
        />
        <ErrorAlert error={errorNotBesideFields(save.error)} />
        <div>
          <Button type="submit" loading={save.isPending}>
            Save template
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** The office's letter and chaser templates. */
export function TemplatesPage() {
  const templates = useApiQuery('letters.templates', {});
  const [chosen, setChosen] = useState<number | 'new' | null>(null);
  const list = templates.data ?? [];
  const current = chosen === 'new' ? BLANK : (list.find((t) => t.id === chosen) ?? list[0]);
  return (
    <Stack>
      <Title order={1}>Letter templates</Title>
      <ErrorAlert error={templates.error} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <nav aria-label="Templates">
            {list.map((t) => (
              <NavLink
                key={t.id}
                label={t.name}
                description={LETTER_PURPOSE_LABELS[t.purpose]}
                active={current?.id === t.id && chosen !== 'new'}
                onClick={() => setChosen(t.id)}
              />
            ))}
            <NavLink label="New template" active={chosen === 'new'} onClick={() => setChosen('new')} />
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {current && <TemplateEditor key={current.id ?? 'new'} initial={current} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
