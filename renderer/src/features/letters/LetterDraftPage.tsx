import { Alert, Button, Grid, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { formatUkDate } from '../../../../shared/dates';
import { mergedText, mergeTemplate, type MergeResult } from '../../../../shared/letters/mergeFields';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DOCX_MEDIA_TYPE, downloadBase64 } from '../../components/files';
import { PrintButtons } from '../../components/PrintButtons';
import { LetterPreview } from './LetterPreview';
import { useLetterhead } from './useLetterhead';
import { LetterEditor, useLetterDraft } from './LetterEditor';
import print from '../../components/Print.module.css';
import { useOfficeToday } from '../../api/useOfficeToday';

/** The merged subject for a file name, or a neutral name while fields are still missing. */
const mergedTextOrDraft = (result: MergeResult) =>
  result.missing.length + result.unknown.length === 0 ? mergedText(result) : 'Letter';
const idParam = (value: string | null) => (value ? Number(value) || null : null);

/** Draft a letter from a template, see it exactly as printed, then export it and record it as sent. */
export function LetterDraftPage() {
  const today = useOfficeToday();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const caseId = idParam(params.get('caseId'));
  const campaignId = idParam(params.get('campaignId'));
  const previousId = idParam(params.get('previousId'));
  const [organisationId, setOrganisationId] = useState(idParam(params.get('organisationId')));
  const templates = useApiQuery('letters.templates', {});
  const organisations = useApiQuery('organisations.list', {});
  const { letterhead, error: letterheadError } = useLetterhead();
  const context = useApiQuery('letters.context', { caseId, campaignId, organisationId, previousId });
  const exportDocx = useApiMutation('letters.exportDocx');
  const recordSent = useApiMutation('correspondence.recordOutgoing');
  const wanted = params.get('purpose') === 'chaser' ? 'chaser' : 'letter';
  const [draft, setDraft] = useLetterDraft(templates.data, wanted);
  if (!draft || !context.data || !letterhead)
    return <ErrorAlert error={templates.error ?? context.error ?? letterheadError} />;

  const subject = mergeTemplate(draft.subject, context.data);
  const body = mergeTemplate(draft.body, context.data);
  const problems = [...new Set([...subject.missing, ...body.missing, ...subject.unknown, ...body.unknown])];
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
            {problems.length > 0 && (
              <Alert color="red" variant="light" title="Not ready to send" className={print.screenOnly}>
                Fill in or remove the fields marked in red: a letter never goes out with blanks or braces.
              </Alert>
            )}
            <Group className={print.screenOnly}>
              <Button
                disabled={problems.length > 0}
                loading={exportDocx.isPending}
                onClick={() =>
                  exportDocx.mutate(
                    { ...links, subject: draft.subject, body: draft.body },
                    { onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64, DOCX_MEDIA_TYPE) },
                  )
                }
              >
                Download Word (.docx)
              </Button>
              <PrintButtons fileName={`${mergedTextOrDraft(subject)}.pdf`} disabled={problems.length > 0} />
              <Button
                variant="light"
                disabled={problems.length > 0}
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
            <ErrorAlert error={exportDocx.error ?? recordSent.error} />
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
