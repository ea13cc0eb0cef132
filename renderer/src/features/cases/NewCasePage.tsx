import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { caseFieldsSchema, type CaseFields } from '../../../../shared/contract/cases';
import { ukDateString } from '../../../../shared/dates';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_PRIORITIES,
  CASE_PRIORITY_LABELS,
} from '../../../../shared/domain/enums';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, fieldErrorsOf } from '../../components/ErrorAlert';
import { zodFormValidator } from '../../components/zodFormValidation';

type CaseFormValues = Required<CaseFields>;

export function NewCasePage() {
  const [params] = useSearchParams();
  const constituentId = Number(params.get('constituentId'));
  const constituent = useApiQuery('constituents.get', { id: constituentId }, { enabled: constituentId > 0 });
  const create = useApiMutation('cases.create');
  const navigate = useNavigate();
  const form = useForm<CaseFormValues>({
    initialValues: {
      title: '',
      description: '',
      category: 'other',
      priority: 'normal',
      assignee: '',
      openedOn: ukDateString(new Date()),
      dueOn: '',
    },
    validate: zodFormValidator(caseFieldsSchema),
  });
  const { setErrors } = form;
  useEffect(() => {
    const fields = fieldErrorsOf(create.error);
    if (Object.keys(fields).length > 0) setErrors(fields);
  }, [create.error, setErrors]);

  if (!(constituentId > 0)) {
    return <Text>Choose a constituent first: open their record and press “Open a case”.</Text>;
  }
  if (constituent.error) return <ErrorAlert error={constituent.error} title="This constituent could not be loaded" />;
  const name = constituent.data?.constituent.fullName ?? '…';

  const submit = form.onSubmit((values) =>
    create.mutate(
      { ...values, constituentId },
      {
        onSuccess: (saved) => {
          notifications.show({ message: `Case ${saved.reference} opened.` });
          navigate(`/cases/${saved.id}`);
        },
      },
    ),
  );

  return (
    <Stack>
      <Title order={1}>New case for {name}</Title>
      <form onSubmit={submit} noValidate aria-label="New case">
        <Stack maw={720}>
          <TextInput
            label="Title"
            description="A few words a colleague would recognise"
            required
            {...form.getInputProps('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label="Category"
              data={CASE_CATEGORIES.map((c) => ({ value: c, label: CASE_CATEGORY_LABELS[c] }))}
              {...form.getInputProps('category')}
            />
            <NativeSelect
              label="Priority"
              data={CASE_PRIORITIES.map((p) => ({ value: p, label: CASE_PRIORITY_LABELS[p] }))}
              {...form.getInputProps('priority')}
            />
            <TextInput label="Assigned to" placeholder="Staff name" {...form.getInputProps('assignee')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Opened on" type="date" required {...form.getInputProps('openedOn')} />
            <TextInput label="Due by" type="date" {...form.getInputProps('dueOn')} />
          </SimpleGrid>
          <Textarea label="What happened" autosize minRows={4} {...form.getInputProps('description')} />
          <ErrorAlert error={Object.keys(fieldErrorsOf(create.error)).length === 0 ? create.error : null} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              Open case
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
