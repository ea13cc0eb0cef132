import { Button, Card, Code, Group, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AppSettings } from '../../../../shared/contract/system';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { BackupsCard } from './BackupsCard';
import { BankHolidaysCard } from './BankHolidaysCard';
import { CaseOutcomesCard } from './CaseOutcomesCard';
import { StaffCard } from '../staff/StaffCard';
import { OfficeDatabaseCard } from './OfficeDatabaseCard';
import { LetterheadLogoCard } from './LetterheadLogoCard';
import { PostcodeDirectoryCard } from './PostcodeDirectoryCard';
import { ReplyFiguresCard } from './ReplyFiguresCard';

function OfficeForm({ settings }: { settings: AppSettings }) {
  const [values, setValues] = useState({
    constituencyName: settings.constituencyName,
    constituencyCode: settings.constituencyCode,
    mpName: settings.mpName,
    officeAddress: settings.officeAddress,
    caseTargetWorkingDays: settings.caseTargetWorkingDays,
  });
  const update = useApiMutation('settings.update');
  const fields = fieldErrorsOf(update.error);
  const set =
    (key: Exclude<keyof typeof values, 'caseTargetWorkingDays'>) => (e: React.ChangeEvent<HTMLInputElement>) =>
      setValues({ ...values, [key]: e.currentTarget.value });
  return (
    <form
      aria-label="The office"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate(values, { onSuccess: () => notifications.show({ message: 'Settings saved.' }) });
      }}
    >
      <Stack gap="sm">
        <Group align="flex-start">
          <TextInput
            label="Constituency"
            description="For counts from UK Parliament petitions"
            placeholder="Dagenham and Rainham"
            value={values.constituencyName}
            onChange={set('constituencyName')}
            error={fields.constituencyName}
            w={280}
          />
          <TextInput
            label="ONS code"
            description="Optional; 2024 boundaries, like E14001186 (Croydon East)"
            placeholder="E14001186"
            value={values.constituencyCode}
            onChange={set('constituencyCode')}
            error={fields.constituencyCode}
            w={160}
          />
        </Group>
        <TextInput
          label="MP’s name, as letters are signed"
          placeholder="Jon Cruddas MP"
          value={values.mpName}
          onChange={set('mpName')}
          error={fields.mpName}
          maw={360}
        />
        <Textarea
          label="Office address (letterhead)"
          autosize
          minRows={3}
          value={values.officeAddress}
          onChange={(e) => setValues({ ...values, officeAddress: e.currentTarget.value })}
          error={fields.officeAddress}
          maw={360}
        />
        <NumberInput
          label="A new case is due after (working days)"
          description="Unless a caseworker sets a date; weekends and England and Wales bank holidays are skipped"
          min={1}
          max={250}
          allowDecimal={false}
          value={values.caseTargetWorkingDays}
          onChange={(days) => setValues({ ...values, caseTargetWorkingDays: Number(days) || 0 })}
          error={fields.caseTargetWorkingDays}
          maw={360}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(update.error)} />
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  if (settings.error) return <ErrorAlert error={settings.error} title="Settings could not load" />;
  if (!settings.data) return null;
  const s = settings.data;
  return (
    <Stack>
      <Title order={1}>Settings</Title>
      <Card withBorder>
        <OfficeForm settings={s} />
      </Card>
      <StaffCard />
      <OfficeDatabaseCard settings={s} />
      <BackupsCard />
      <CaseOutcomesCard />
      <LetterheadLogoCard />
      <PostcodeDirectoryCard />
      <BankHolidaysCard />
      <ReplyFiguresCard />
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Data
          </Title>
          {s.officeDatabase ? (
            <Text size="sm">
              The office’s records are in the office database; this laptop keeps only files in transit.
            </Text>
          ) : (
            <>
              <Text size="sm">All of the office’s records are in this one file:</Text>
              <Code block data-testid="data-file">
                {s.dataFile}
              </Code>
              <Text size="sm">Backups are made by Postbag itself (below, under Backups).</Text>
            </>
          )}
          <Text size="sm" c="dimmed">
            Postbag {s.appVersion} · data format version {s.schemaVersion} · running{' '}
            {s.hostKind === 'desktop' ? 'as a desktop app' : 'in a browser'}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
