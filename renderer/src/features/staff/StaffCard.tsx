import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ROLE_LABELS, STAFF_ROLES, type StaffMember, type StaffRole } from '../../../../shared/contract/staff';
import { formatUkDateTime } from '../../../../shared/dates';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { useMe } from './MeContext';

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** An administrator's list of staff: their roles, who may sign in, and new passwords. */
export function StaffCard() {
  const staff = useApiQuery('staff.list', {});
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Staff
        </Title>
        <Text size="sm">
          Administrators manage staff and settings; caseworkers do all casework; volunteers work on campaigns and
          signatures only.
        </Text>
        <ErrorAlert error={staff.error} />
        <Table aria-label="Staff" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Can sign in</Table.Th>
              <Table.Th>New password</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(staff.data ?? []).map((member) => (
              <StaffRow key={`${member.id}:${member.version}`} member={member} />
            ))}
          </Table.Tbody>
        </Table>
        <AddStaffForm />
        <SignInSwitch />
      </Stack>
    </Card>
  );
}

function StaffRow({ member }: { member: StaffMember }) {
  const update = useApiMutation('staff.update');
  const setPassword = useApiMutation('staff.setPassword');
  const [password, setPasswordValue] = useState('');
  const change = (fields: Partial<Pick<StaffMember, 'role' | 'active'>>) =>
    update.mutate({
      id: member.id,
      version: member.version,
      name: member.name,
      role: member.role,
      active: member.active,
      ...fields,
    });
  return (
    <Table.Tr>
      <Table.Td>
        {member.name}{' '}
        {member.lockedUntil && (
          <Badge color="red" variant="light">
            Locked until {formatUkDateTime(member.lockedUntil)}
          </Badge>
        )}
        <ErrorAlert error={update.error ?? errorNotBesideFields(setPassword.error)} />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={`Role of ${member.name}`}
          data={ROLE_OPTIONS}
          value={member.role}
          onChange={(e) => change({ role: e.currentTarget.value as StaffRole })}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${member.name} can sign in`}
          checked={member.active}
          onChange={(e) => change({ active: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <form
          aria-label={`New password for ${member.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            setPassword.mutate(
              { id: member.id, password },
              {
                onSuccess: () => {
                  setPasswordValue('');
                  notifications.show({
                    message: `${member.name}’s new password is set; their other sessions have ended.`,
                  });
                },
              },
            );
          }}
        >
          <Group gap="xs" wrap="nowrap">
            <PasswordInput
              aria-label={`New password for ${member.name}`}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPasswordValue(e.currentTarget.value)}
              error={fieldErrorsOf(setPassword.error).password}
              w={200}
            />
            <Button type="submit" variant="light" size="xs" loading={setPassword.isPending}>
              Set
            </Button>
          </Group>
        </form>
      </Table.Td>
    </Table.Tr>
  );
}

function AddStaffForm() {
  const create = useApiMutation('staff.create');
  const blank = { name: '', role: 'caseworker' as StaffRole, password: '' };
  const [values, setValues] = useState(blank);
  const fields = fieldErrorsOf(create.error);
  return (
    <form
      aria-label="Add a staff member"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(values, { onSuccess: () => setValues(blank) });
      }}
    >
      <Group align="flex-start">
        <TextInput
          label="Name"
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          error={fields.name}
          w={220}
        />
        <NativeSelect
          label="Role"
          data={ROLE_OPTIONS}
          value={values.role}
          onChange={(e) => setValues({ ...values, role: e.currentTarget.value as StaffRole })}
        />
        <PasswordInput
          label="Password"
          description="Give it to them in person; at least 10 characters"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => setValues({ ...values, password: e.currentTarget.value })}
          error={fields.password}
          w={240}
        />
        <Button type="submit" variant="light" mt={24} loading={create.isPending}>
          Add staff member
        </Button>
      </Group>
      <ErrorAlert error={errorNotBesideFields(create.error)} />
    </form>
  );
}

/** Solo mode, one person: sign-in may be switched off (and on again). */
function SignInSwitch() {
  const me = useMe();
  const setRequired = useApiMutation('auth.setSignInRequired');
  if (me.signInRequired && !me.mayTurnOffSignIn) return null;
  return (
    <Stack gap={4}>
      <Switch
        label="Ask for my password when Postbag opens"
        description="Only for a one-person office on one laptop; with a second staff member everyone signs in."
        checked={me.signInRequired}
        onChange={(e) => setRequired.mutate({ required: e.currentTarget.checked })}
      />
      <ErrorAlert error={setRequired.error} />
    </Stack>
  );
}
