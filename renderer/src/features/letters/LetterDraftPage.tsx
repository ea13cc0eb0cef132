import { useDownload } from '../../api/ApiProvider';
import { Alert, Button, Grid, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { formatUkDate, formatUkDateTime } from '../../../../shared/dates';
import { useDraftAutosave } from './useDraftAutosave';
import { hasProblems, mergedText, mergeTemplate, type MergeResult } from '../../../../shared/letters/mergeFields';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButtons } from '../../components/PrintButtons';
import { LetterPreview } from './LetterPreview';
import { useLetterhead } from './useLetterhead';
import { LetterEditor, useLetterDraft } from './LetterEditor';
import print from '../../components/Print.module.css';
import { useOfficeToday } from '../../api/useOfficeToday';

/** The merged subject for a file name, or a neutral name while fields are still missing. */
const mergedTextOrDraft = (result: MergeResult) => (hasProblems(result) ? 'Letter' : mergedText(result));
const idParam = (value: string | null) => (value ? Number(value) || null : null);

/** Draft a letter from a template, see it exactly as printed, then export it and record it as sent. */
export function LetterDraftPage() {
  const today = useOfficeToday();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const savedDraftId = idParam(params.get('draftId'));
  const savedDraft = useApiQuery('letters.draft', { id: savedDraftId ?? 0 }, { enabled: savedDraftId !== null });
  const saved = savedDraft.data;
  const caseId = saved ? saved.caseId : idParam(params.get('caseId'));
  const campaignId = saved ? saved.campaignId : idParam(params.get('campaignId'));
  const previousId = saved ? saved.previousId : idParam(params.get('previousId'));
  const [chosenOrganisationId, setOrganisationId] = useState<number | null | undefined>(undefined);
  const organisationId =
    chosenOrganisationId !== undefined
      ? chosenOrganisationId
      : saved
        ? saved.organisationId
        : idParam(params.get('organisationId'));
  const templates = useApiQuery('letters.templates', {});
  const organisations = useApiQuery('organisations.list', {});
  const { letterhead, error: letterheadError } = useLetterhead();
  const context = useApiQuery('letters.context', { caseId, campaignId, organisationId, previousId });
  const exportDocx = useApiMutation('letters.exportDocx');
  const saveFile = useDownload();
  const recordSent = useApiMutation('correspondence.recordOutgoing');
  const wanted = saved?.purpose === 'chaser' || params.get('purpose') === 'chaser' ? 'chaser' : 'letter';
  const [draft, setDraft] = useLetterDraft(templates.data, wanted, {
    draft:
      saved && templates.data
        ? { templateId: saved.templateId ?? templates.data[0]!.id, subject: saved.subject, body: saved.body }
        : undefined,
    waitForSaved: savedDraftId !== null && !savedDraft.error,
  });
  const onFirstSave = useCallback(
    (id: number) =>
      setParams((current) => ({ ...Object.fromEntries(current), draftId: String(id) }), { replace: true }),
    [setParams],
  );
  const autosave = useDraftAutosave(
    draft && { caseId, campaignId, organisationId, previousId, purpose: wanted, ...draft },
    savedDraftId,
    onFirstSave,
  );
  const caseRecord = useApiQuery('cases.get', { id: caseId ?? 0 }, { enabled: caseId !== null });
  const constituentId = caseRecord.data?.record.constituentId ?? null;
  const person = useApiQuery('constituents.get', { id: constituentId ?? 0 }, { enabled: constituentId !== null });
  const [draftingAnyway, setDraftingAnyway] = useState(false);
  if (!draft || !context.data || !letterhead)
    return <ErrorAlert error={savedDraft.error ?? templates.error ?? context.error ?? letterheadError} />;

  const doNotContact = person.data?.constituent.doNotContact === true;
  if (doNotContact && organisationId === null && !draftingAnyway) {
    return (
      <Stack maw={640}>
        <Title order={1}>{wanted === 'chaser' ? 'Chase a reply' : 'Draft a letter'}</Title>
        <Alert color="red" title={`${person.data!.constituent.fullName} asked not to be contacted`} role="alert">
          <Stack gap="sm">
            <Text size="sm">
              A letter addressed to them should not go out. Letters about their case to an organisation are fine.
            </Text>
            <NativeSelect
              label="Write to an organisation instead"
              value=""
              data={[
                { value: '', label: '— choose —' },
                ...(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name })),
              ]}
              onChange={(e) => setOrganisationId(idParam(e.currentTarget.value))}
            />
            <Group>
              <Button variant="outline" color="red" onClick={() => setDraftingAnyway(true)}>
                Draft a letter to them anyway
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  const subject = mergeTemplate(draft.subject, context.data);
  const body = mergeTemplate(draft.body, context.data);
  const problems = hasProblems(subject) || hasProblems(body);
  const links = { caseId, campaignId, organisationId, previousId };

  return (
    <Stack>
      <Title order={1} className={print.screenOnly}>
        {wanted === 'chaser' ? 'Chase a reply' : 'Draft a letter'}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }} className={print.screenOnly}>
          <LetterEditor
            templates={templates.data ?? []}
            draft={draft}
            onChange={setDraft}
            beside={
              <NativeSelect
                label="To"
                value={organisationId === null ? '' : String(organisationId)}
                data={[
                  { value: '', label: '— choose —' },
                  ...(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name })),
                ]}
                onChange={(e) => setOrganisationId(idParam(e.currentTarget.value))}
              />
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            {problems && (
              <Alert color="red" variant="light" title="Not ready to send" className={print.screenOnly}>
                Fill in or remove what is marked in red — fields with no value, and the template’s instructions in
                [square brackets]: a letter never goes out with blanks, braces or instructions.
              </Alert>
            )}
            <Group className={print.screenOnly}>
              <Button
                disabled={problems}
                loading={exportDocx.isPending}
                onClick={() =>
                  exportDocx.mutate(
                    { ...links, subject: draft.subject, body: draft.body },
                    { onSuccess: (file) => void saveFile.download(file) },
                  )
                }
              >
                Download Word (.docx)
              </Button>
              <PrintButtons fileName={`${mergedTextOrDraft(subject)}.pdf`} disabled={problems} />
              <Button
                variant="light"
                disabled={problems}
                loading={recordSent.isPending}
                onClick={() =>
                  recordSent.mutate(
                    {
                      caseId,
                      campaignId,
                      organisationId,
                      channel: 'letter',
                      subject: mergedText(subject),
                      body: mergedText(body),
                      sentOn: today,
                      draftId: autosave.draftId,
                    },
                    {
                      onSuccess: (item) => {
                        notifications.show({
                          message: item.replyDueOn
                            ? `Recorded as sent; reply due ${formatUkDate(item.replyDueOn)}.`
                            : 'Recorded as sent.',
                        });
                        navigate(caseId ? `/cases/${caseId}` : campaignId ? `/campaigns/${campaignId}` : '/');
                      },
                    },
                  )
                }
              >
                Mark as sent today
              </Button>
            </Group>
            <Text size="xs" c="dimmed" aria-live="polite" className={print.screenOnly} data-testid="draft-status">
              {autosave.saved
                ? `Draft saved ${formatUkDateTime(autosave.saved.updatedAt)}; it is kept until the letter is marked as sent.`
                : savedDraftId !== null
                  ? 'Reopened draft.'
                  : 'Saved as a draft as soon as you change it.'}
            </Text>
            <ErrorAlert error={autosave.error} title="The draft could not be saved" />
            <ErrorAlert error={exportDocx.error ?? saveFile.error ?? recordSent.error} />
            <Text size="sm" fw={600} className={print.screenOnly}>
              Subject:{' '}
              {subject.segments
                .map((s) => (s.kind === 'text' ? s.text : s.kind === 'field' ? s.value : `[${s.name}]`))
                .join('')}
            </Text>
            <LetterPreview letterhead={letterhead} merged={body} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
