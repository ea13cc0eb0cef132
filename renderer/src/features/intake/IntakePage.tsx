import {
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ConstituentMatch } from '../../../../shared/contract/constituents';
import type { LogContactInput } from '../../../../shared/contract/intake';
import { formatUkDate } from '../../../../shared/dates';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_PRIORITIES,
  CASE_PRIORITY_LABELS,
  CONTACT_CHANNELS,
  CORRESPONDENCE_CHANNEL_LABELS,
  type CaseCategory,
  type CasePriority,
  type ContactChannel,
} from '../../../../shared/domain/enums';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useOfficeToday } from '../../api/useOfficeToday';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { UkDateField } from '../../components/UkDateField';
import { newPersonFromSearch, type NewPerson } from './newPersonFromSearch';
import { AssigneeSelect } from '../staff/AssigneeSelect';
import { countOf } from '../../../../shared/plural';

const NEW = 'new';

const MATCH_LABELS: Record<ConstituentMatch['matchedOn'], string> = {
  name: 'name',
  close_name: 'similar name',
  postcode: 'postcode',
  email: 'e-mail',
  phone: 'phone',
  address: 'address',
};

function describeMatch(match: ConstituentMatch): string {
  const where = [match.addressLine1, match.postcode].filter(Boolean).join(', ');
  const reach = [match.phone, match.email].filter(Boolean).join(', ');
  const cases = countOf(match.openCases, 'open case');
  return [where, reach, cases, `matched on ${MATCH_LABELS[match.matchedOn]}`].filter(Boolean).join(' · ');
}

interface PersonChoiceProps {
  query: string;
  chosen: string;
  onChoose: (id: string) => void;
  /** Arrived from a constituent's page: they are offered whatever the search shows. */
  preselectedId: number | null;
}

function PersonChoice({ query, chosen, onChoose, preselectedId }: PersonChoiceProps) {
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const found = useApiQuery('constituents.find', { query: debounced }, { enabled: debounced.length >= 2 });
  const preselected = useApiQuery('constituents.get', { id: preselectedId ?? 0 }, { enabled: preselectedId !== null });
  const searched = debounced.length >= 2 ? (found.data ?? []) : [];
  const known = preselected.data?.constituent;
  const matches: ConstituentMatch[] =
    known && !searched.some((m) => m.id === known.id)
      ? [
          {
            ...known,
            openCases: preselected.data!.cases.filter((c) => c.status !== 'closed').length,
            matchedOn: 'name',
          },
          ...searched,
        ]
      : searched;
  return (
    <Radio.Group
      label="Who is it?"
      description={
        matches.length === 0 && debounced.length < 2
          ? 'Type at least two letters or digits above'
          : matches.length === 0
            ? 'Nobody on record matches: add them as someone new'
            : `${matches.length === 1 ? '1 person matches' : `${countOf(matches.length, 'person', 'people')} match`}; choose one, or add someone new`
      }
      value={chosen}
      onChange={onChoose}
    >
      <Stack gap={6} mt="xs">
        {matches.map((match) => (
          <Radio
            key={match.id}
            value={String(match.id)}
            label={
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {match.fullName}
                </Text>
                {match.doNotContact && (
                  <Badge color="red" variant="light">
                    Do not contact
                  </Badge>
                )}
              </Group>
            }
            description={describeMatch(match)}
          />
        ))}
        <Radio value={NEW} label="Someone new: add them" />
      </Stack>
    </Radio.Group>
  );
}

function NewPersonFields({
  person,
  onChange,
  errors,
}: {
  person: NewPerson;
  onChange: (p: NewPerson) => void;
  errors: Record<string, string>;
}) {
  const field = (key: keyof NewPerson) => ({
    value: person[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...person, [key]: e.currentTarget.value }),
    error: errors[`newConstituent.${key}`],
  });
  return (
    <Fieldset legend="The new constituent">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="First name" required {...field('firstName')} />
        <TextInput label="Last name" required {...field('lastName')} />
        <TextInput label="Phone" type="tel" {...field('phone')} />
        <TextInput label="Email" type="email" {...field('email')} />
        <TextInput label="Postcode" {...field('postcode')} />
        <TextInput label="Address line 1" {...field('addressLine1')} />
      </SimpleGrid>
    </Fieldset>
  );
}

/**
 * "A constituent gets in touch": find or add them, say how and about what, and open the case — one
 * form, one save. Reached from every page (the header's button, Ctrl+Shift+L) and from the Cases page.
 */
export function IntakePage() {
  const today = useOfficeToday();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const settings = useApiQuery('settings.get', {});
  const log = useApiMutation('intake.logContact');

  const [query, setQuery] = useState('');
  const preselectedId = Number(params.get('constituentId')) || null;
  const [chosen, setChosen] = useState(preselectedId ? String(preselectedId) : '');
  const [person, setPerson] = useState<NewPerson>(newPersonFromSearch(''));
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [contactOn, setContactOn] = useState(today);
  const [summary, setSummary] = useState('');
  const [details, setDetails] = useState('');
  const [openCase, setOpenCase] = useState(true);
  const [category, setCategory] = useState<CaseCategory | ''>('');
  const [priority, setPriority] = useState<CasePriority>('normal');
  const [assignee, setAssignee] = useState('');

  // A new person starts from what was typed in the search: a name, phone, e-mail or postcode.
  const choose = (id: string) => {
    if (id === NEW && chosen !== NEW) setPerson(newPersonFromSearch(query));
    setChosen(id);
  };

  const errors = fieldErrorsOf(log.error);
  const submit = () => {
    const input: LogContactInput = {
      constituentId: chosen && chosen !== NEW ? Number(chosen) : null,
      newConstituent: chosen === NEW ? { ...person, preferredContact: preferredRoute(person) } : null,
      channel,
      contactOn,
      summary,
      details,
      openCase: openCase ? { category: category as CaseCategory, priority, assignee } : null,
    };
    log.mutate(input, {
      onSuccess: (logged) => {
        notifications.show({
          message: logged.caseReference ? `Contact logged; case ${logged.caseReference} opened.` : 'Contact logged.',
        });
        navigate(logged.caseId ? `/cases/${logged.caseId}` : `/constituents/${logged.constituentId}`);
      },
    });
  };
  const target = settings.data?.caseTargetWorkingDays;

  return (
    <Stack maw={760}>
      <Title order={1}>Log a contact</Title>
      <form
        aria-label="Log a contact"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      >
        <Stack>
          <Fieldset legend="Who">
            <Stack>
              <TextInput
                label="Find the constituent"
                description="Name, postcode, phone, e-mail or a line of the address"
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                data-autofocus
                autoFocus
                error={chosen === '' ? errors.constituentId : undefined}
              />
              <PersonChoice query={query} chosen={chosen} onChoose={choose} preselectedId={preselectedId} />
              {chosen === NEW && <NewPersonFields person={person} onChange={setPerson} errors={errors} />}
            </Stack>
          </Fieldset>
          <Fieldset legend="The contact">
            <Stack>
              <Radio.Group
                label="How they got in touch"
                value={channel}
                onChange={(value) => setChannel(value as ContactChannel)}
              >
                <Group mt="xs">
                  {CONTACT_CHANNELS.map((c) => (
                    <Radio key={c} value={c} label={CORRESPONDENCE_CHANNEL_LABELS[c]} />
                  ))}
                </Group>
              </Radio.Group>
              <UkDateField
                label="On"
                required
                w={200}
                value={contactOn}
                onChange={setContactOn}
                error={errors.contactOn}
              />
              <TextInput
                label="What it is about"
                description="One line; it also names the case"
                required
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
                error={errors.summary}
              />
              <Textarea
                label="Details"
                autosize
                minRows={3}
                value={details}
                onChange={(e) => setDetails(e.currentTarget.value)}
                error={errors.details}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend="The case">
            <Stack>
              <Checkbox
                label="Open a case for this"
                checked={openCase}
                onChange={(e) => setOpenCase(e.currentTarget.checked)}
              />
              {openCase && (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <NativeSelect
                      label="Category"
                      required
                      value={category}
                      data={[
                        { value: '', label: 'Choose…' },
                        ...CASE_CATEGORIES.map((c) => ({ value: c, label: CASE_CATEGORY_LABELS[c] })),
                      ]}
                      onChange={(e) => setCategory(e.currentTarget.value as CaseCategory | '')}
                      error={errors['openCase.category']}
                    />
                    <NativeSelect
                      label="Priority"
                      value={priority}
                      data={CASE_PRIORITIES.map((p) => ({ value: p, label: CASE_PRIORITY_LABELS[p] }))}
                      onChange={(e) => setPriority(e.currentTarget.value as CasePriority)}
                    />
                    <AssigneeSelect value={assignee} onChange={setAssignee} />
                  </SimpleGrid>
                  {target !== undefined && (
                    <Text size="sm" c="dimmed">
                      Due by the office’s target of {countOf(target, 'working day')} from{' '}
                      {formatUkDate(contactOn || today)}; change it on the case if needed.
                    </Text>
                  )}
                </>
              )}
            </Stack>
          </Fieldset>
          <ErrorAlert error={errorNotBesideFields(log.error)} />
          <Group>
            <Button type="submit" loading={log.isPending}>
              {openCase ? 'Log contact and open case' : 'Log contact'}
            </Button>
            <Text size="sm" c="dimmed">
              Ctrl+Enter saves
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The new person's preferred route: the first they gave of phone, e-mail and post. */
function preferredRoute(person: NewPerson): 'phone' | 'email' | 'post' {
  if (person.phone.trim()) return 'phone';
  if (person.email.trim()) return 'email';
  return 'post';
}
