import { useDownload } from '../../api/ApiProvider';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatUkDate } from '../../../../shared/dates';
import type { MergeResult } from '../../../../shared/letters/mergeFields';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButtons } from '../../components/PrintButtons';
import print from '../../components/Print.module.css';
import { LetterPreview } from './LetterPreview';
import { useLetterhead } from './useLetterhead';

/** A letter as it was sent (its text as recorded), to read again, reprint or download as Word. */
export function SentLetterPage() {
  const id = Number(useParams().id);
  const items = useApiQuery('correspondence.list', { id });
  const { letterhead, error: letterheadError } = useLetterhead();
  const exportDocx = useApiMutation('letters.exportDocx');
  const saveFile = useDownload();
  const item = items.data?.[0];
  if (!item || !letterhead) return <ErrorAlert error={items.error ?? letterheadError} />;
  const asSent: MergeResult = {
    segments: [{ kind: 'text', text: item.body }],
    missing: [],
    unknown: [],
    instructions: [],
  };
  const back = item.caseId ? `/cases/${item.caseId}` : item.campaignId ? `/campaigns/${item.campaignId}` : '/';
  return (
    <Stack>
      <Title order={1} className={print.screenOnly}>
        {item.subject}
      </Title>
      <Text className={print.screenOnly}>
        Sent {formatUkDate(item.datedOn)}
        {item.organisationName ? ` to ${item.organisationName}` : ''} by {item.actor}. The text is as it was sent; the
        letterhead is the office’s current one.
      </Text>
      <Group className={print.screenOnly}>
        <Button component={Link} to={back} variant="default">
          Back
        </Button>
        <Button
          loading={exportDocx.isPending}
          onClick={() =>
            exportDocx.mutate(
              {
                caseId: item.caseId,
                campaignId: item.campaignId,
                organisationId: item.organisationId,
                subject: item.subject,
                body: item.body,
              },
              { onSuccess: (file) => void saveFile.download(file) },
            )
          }
        >
          Download Word (.docx)
        </Button>
        <PrintButtons fileName={`${item.subject}.pdf`} />
      </Group>
      <ErrorAlert error={exportDocx.error ?? saveFile.error} />
      <LetterPreview letterhead={letterhead} merged={asSent} />
    </Stack>
  );
}
