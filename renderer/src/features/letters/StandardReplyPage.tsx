import { useDownload } from '../../api/ApiProvider';
import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { hasProblems, mergedText, mergeTemplate, type MergeContext } from '../../../../shared/letters/mergeFields';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useJob } from '../../api/useJob';
import { JobProgress } from '../../components/JobProgress';
import { useOfficeToday } from '../../api/useOfficeToday';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButtons } from '../../components/PrintButtons';
import { MailMergeButton } from '../campaigns/MailMergeButton';
import print from '../../components/Print.module.css';
import { LetterEditor, useLetterDraft } from './LetterEditor';
import { LetterPreview } from './LetterPreview';
import { useLetterhead, type LetterheadView } from './useLetterhead';
import { countOf } from '../../../../shared/plural';

/** Every letter, each from a new page; only on paper. */
function PrintedLetters({
  contexts,
  body,
  letterhead,
}: {
  contexts: MergeContext[];
  body: string;
  letterhead: LetterheadView;
}) {
  const letters = useMemo(() => contexts.map((c) => mergeTemplate(body, c)), [contexts, body]);
  return (
    <div className={print.printOnly} aria-hidden="true">
      {letters.map((merged, i) => (
        <div key={i} className={print.pageAfter}>
          <LetterPreview letterhead={letterhead} merged={merged} label={`Letter ${i + 1} as printed`} />
        </div>
      ))}
    </div>
  );
}

/**
 * A campaign's standard reply: one letter to every supporter with a postal address who may be
 * contacted, as one Word file, one printout (or PDF), or a CSV for an outside mail merge.
 */
export function StandardReplyPage() {
  const campaignId = Number(useParams().id);
  const today = useOfficeToday();
  const navigate = useNavigate();
  const campaign = useApiQuery('campaigns.get', { id: campaignId });
  const templates = useApiQuery('letters.templates', {});
  const { letterhead, error: letterheadError } = useLetterhead();
  const recipients = useApiQuery('letters.standardReplyRecipients', { campaignId });
  const exportDocx = useJob('letters.exportStandardReplyDocx');
  const saveFile = useDownload();
  const recordSent = useApiMutation('correspondence.recordOutgoing');
  const [draft, setDraft] = useLetterDraft(templates.data, 'standard_reply');
  // Every letter is merged to count the incomplete ones. With thousands of supporters that takes a
  // moment, so it waits for a pause in the typing and the letters count as unchecked until then.
  const [checkedSubject] = useDebouncedValue(draft?.subject ?? '', 300);
  const [checkedBody] = useDebouncedValue(draft?.body ?? '', 300);
  const contexts = recipients.data?.contexts;
  const incomplete = useMemo(
    () =>
      (contexts ?? []).filter(
        (c) => hasProblems(mergeTemplate(checkedBody, c)) || hasProblems(mergeTemplate(checkedSubject, c)),
      ).length,
    [contexts, checkedBody, checkedSubject],
  );
  // The printout (thousands of pages in the page) is drawn on request, for the text as it was then.
  const [printedBody, setPrintedBody] = useState<string | null>(null);

  const loadError = campaign.error ?? templates.error ?? letterheadError ?? recipients.error;
  if (!draft || !campaign.data || !letterhead || !recipients.data || !contexts) {
    return <ErrorAlert error={loadError} />;
  }
  const { title } = campaign.data.campaign;
  const first = contexts[0];
  const subject = first && mergeTemplate(draft.subject, first);
  const body = first && mergeTemplate(draft.body, first);
  const checked = checkedSubject === draft.subject && checkedBody === draft.body;
  const ready = contexts.length > 0 && checked && incomplete === 0;
  const printoutReady = ready && printedBody === draft.body;
  const { doNotContact, withoutAddress } = recipients.data;

  return (
    <Stack>
      <Stack gap={4} className={print.screenOnly}>
        <Title order={1}>Standard reply</Title>
        <Anchor component={Link} to={`/campaigns/${campaignId}`} size="sm">
          Back to {title}
        </Anchor>
      </Stack>
      <Grid className={print.screenOnly}>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <LetterEditor templates={templates.data ?? []} draft={draft} onChange={setDraft} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <Text data-testid="standard-reply-counts">
              {countOf(contexts.length, 'letter')}. Left out: {doNotContact.toLocaleString('en-GB')} who asked not to be
              contacted, {withoutAddress.toLocaleString('en-GB')} without a postal address.
            </Text>
            {contexts.length > 0 && checked && incomplete > 0 && (
              <Alert color="red" variant="light" title="Not ready to send">
                {incomplete.toLocaleString('en-GB')} of {countOf(contexts.length, 'letter')}{' '}
                {incomplete === 1 ? 'has' : 'have'} fields with no value or that are not merge fields (marked in red
                below when the first letter has them).
              </Alert>
            )}
            <Group>
              <Button
                disabled={!ready}
                loading={exportDocx.isPending}
                onClick={() =>
                  exportDocx.mutate(
                    { campaignId, subject: draft.subject, body: draft.body },
                    { onSuccess: (file) => void saveFile.download(file) },
                  )
                }
              >
                Download Word (.docx), all letters
              </Button>
              {printoutReady ? (
                <PrintButtons fileName={`${title} - standard reply.pdf`} />
              ) : (
                <Button variant="default" disabled={!ready} onClick={() => setPrintedBody(draft.body)}>
                  Prepare all {contexts.length.toLocaleString('en-GB')} letters for printing
                </Button>
              )}
              <Button
                variant="light"
                disabled={!ready}
                loading={recordSent.isPending}
                onClick={() =>
                  recordSent.mutate(
                    {
                      campaignId,
                      channel: 'letter',
                      subject: `Standard reply to ${contexts.length.toLocaleString('en-GB')} supporters: ${mergedText(subject!)}`,
                      body: draft.body,
                      sentOn: today,
                      expectsReply: false,
                    },
                    {
                      onSuccess: () => {
                        notifications.show({ message: 'Recorded in the campaign’s correspondence.' });
                        navigate(`/campaigns/${campaignId}`);
                      },
                    },
                  )
                }
              >
                Mark as sent today
              </Button>
            </Group>
            <MailMergeButton campaignId={campaignId} title={title} />
            <JobProgress job={exportDocx} label="Building the Word file" />
            <ErrorAlert error={exportDocx.error ?? saveFile.error ?? recordSent.error} />
            {body ? (
              <>
                <Text size="sm" c="dimmed">
                  The first letter, as printed:
                </Text>
                <LetterPreview letterhead={letterhead} merged={body} />
              </>
            ) : (
              <Text c="dimmed">Nobody on this campaign has a postal address to write to yet.</Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {printoutReady && <PrintedLetters contexts={contexts} body={printedBody} letterhead={letterhead} />}
    </Stack>
  );
}
