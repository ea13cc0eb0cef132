import { Anchor, Button, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ENTITY_KINDS, type EntityKind } from '../../../../shared/contract/changes';
import { formatUkDateTime } from '../../../../shared/dates';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert, fieldErrorsOf } from '../../components/ErrorAlert';
import { UkDateField } from '../../components/UkDateField';
import { actionLabel, ENTITY_LABELS, recordPath } from './auditLabels';

type Filter = 'actor' | 'entity' | 'entityId' | 'action' | 'from' | 'to' | 'before';

/** Who did what, and when, for administrators: filtered by staff member, record, action and dates (in the URL). */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const value = (key: Filter) => params.get(key) ?? '';
  const set = (key: Filter, next: string) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set(key, next);
    else updated.delete(key);
    if (key !== 'before') updated.delete('before');
    setParams(updated, { replace: true });
  };
  const entity = value('entity') as EntityKind | '';
  const input = {
    ...(value('actor') && { actor: value('actor') }),
    ...(entity && { entity }),
    ...(value('entityId') && { entityId: Number(value('entityId')) }),
    ...(value('action') && { action: value('action') }),
    ...(value('from') && { from: value('from') }),
    ...(value('to') && { to: value('to') }),
    ...(value('before') && { before: Number(value('before')) }),
  };
  const log = useApiQuery('audit.list', input);
  const fields = fieldErrorsOf(log.error);
  const page = log.data;
  return (
    <Stack>
      <Title order={1}>Audit log</Title>
      <Text size="sm" c="dimmed">
        Every change and sign-in: who, what, to which record and when — never the personal details themselves. Entries
        cannot be changed or removed, by anyone.
      </Text>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label="Staff member"
          data={[{ value: '', label: 'Anyone' }, ...(page?.actors ?? [])]}
          value={value('actor')}
          onChange={(e) => set('actor', e.currentTarget.value)}
          w={200}
        />
        <NativeSelect
          label="Kind of record"
          data={[
            { value: '', label: 'Any' },
            ...ENTITY_KINDS.map((kind) => ({ value: kind, label: ENTITY_LABELS[kind] })),
          ]}
          value={entity}
          onChange={(e) => set('entity', e.currentTarget.value)}
          error={fields.entity}
          w={190}
        />
        <NumberInput
          label="Record number"
          value={value('entityId')}
          onChange={(next) => set('entityId', next === '' ? '' : String(next))}
          error={fields.entityId}
          allowDecimal={false}
          allowNegative={false}
          w={130}
        />
        <TextInput
          label="Action"
          placeholder="e.g. update"
          value={value('action')}
          onChange={(e) => set('action', e.currentTarget.value.trim().replace(/ /g, '_'))}
          error={fields.action}
          w={150}
        />
        <UkDateField label="From" value={value('from')} onChange={(next) => set('from', next)} error={fields.from} />
        <UkDateField label="To" value={value('to')} onChange={(next) => set('to', next)} error={fields.to} />
      </Group>
      {log.error && Object.keys(fields).length === 0 && (
        <ErrorAlert error={log.error} title="The audit log did not load" />
      )}
      {page && page.entries.length === 0 && <Text>No entries match.</Text>}
      {page && page.entries.length > 0 && (
        <Table striped withTableBorder aria-label="Audit entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Did</Table.Th>
              <Table.Th>To</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.entries.map((entry) => {
              const path = recordPath(entry.entity, entry.entityId);
              const record = `${ENTITY_LABELS[entry.entity] ?? entry.entity}${entry.entityId === null ? '' : ` ${entry.entityId}`}`;
              return (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatUkDateTime(entry.at)}</Table.Td>
                  <Table.Td>{entry.actor}</Table.Td>
                  <Table.Td>{actionLabel(entry.action)}</Table.Td>
                  <Table.Td>
                    {path ? (
                      <Anchor component={Link} to={path}>
                        {record}
                      </Anchor>
                    ) : (
                      record
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        {value('before') && (
          <Button variant="default" onClick={() => set('before', '')}>
            Back to the newest
          </Button>
        )}
        {page?.more && (
          <Button variant="default" onClick={() => set('before', String(page.entries.at(-1)!.id))}>
            Older entries
          </Button>
        )}
      </Group>
    </Stack>
  );
}
