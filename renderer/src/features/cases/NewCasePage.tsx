import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CaseForm } from './CaseForm';
import { useOfficeToday } from '../../api/useOfficeToday';

export function NewCasePage() {
  const today = useOfficeToday();
  const [params] = useSearchParams();
  const constituentId = Number(params.get('constituentId'));
  const constituent = useApiQuery('constituents.get', { id: constituentId }, { enabled: constituentId > 0 });
  const create = useApiMutation('cases.create');
  const navigate = useNavigate();

  if (!(constituentId > 0)) {
    return <Text>Choose a constituent first: open their record and press “Open a case”.</Text>;
  }
  if (constituent.error) return <ErrorAlert error={constituent.error} title="This constituent could not be loaded" />;

  return (
    <Stack>
      <Title order={1}>New case for {constituent.data?.constituent.fullName ?? '…'}</Title>
      <CaseForm
        initialValues={{
          title: '',
          description: '',
          category: 'other',
          priority: 'normal',
          assignee: '',
          openedOn: today,
          dueOn: '',
          campaignId: Number(params.get('campaignId')) || null,
        }}
        openedOnEditable
        submitLabel="Open case"
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(
            { ...values, constituentId },
            {
              onSuccess: (saved) => {
                notifications.show({ message: `Case ${saved.reference} opened.` });
                navigate(`/cases/${saved.id}`);
              },
            },
          )
        }
      />
    </Stack>
  );
}
