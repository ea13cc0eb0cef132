import { Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { meFrom, MeProvider } from './MeContext';

/** The app for the signed-in person; before that, the first administrator's set-up or the sign-in form. */
export function AuthGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('auth.status', {});
  if (status.isPending) return <Loader aria-label="Loading" m="xl" />;
  if (status.isError) return <ErrorAlert error={status.error} title="Postbag cannot start" />;
  const me = meFrom(status.data);
  if (me) return <MeProvider value={me}>{children}</MeProvider>;
  return status.data.setUp ? <SignInForm /> : <SetUpForm />;
}

function CentredCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder p="xl" w={420} radius="md">
        <Stack gap="md">
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text size="sm">{intro}</Text>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

/** Name and password fields, sent by one mutation whose session is kept for this tab. */
function CredentialsForm({ method, submitLabel }: { method: 'auth.signIn' | 'auth.setUp'; submitLabel: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const submit = useApiMutation(method);
  const fields = fieldErrorsOf(submit.error);
  return (
    <form
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate(
          { name, password },
          {
            onSuccess: () => {
              // The session is kept as the reply arrives (App); everything the page holds was read
              // as nobody: read it again as this person.
              void queryClient.invalidateQueries();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Your name"
          description={method === 'auth.setUp' ? 'As it goes on notes, letters and the audit trail' : undefined}
          autoComplete="username"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
          data-autofocus
          autoFocus
        />
        <PasswordInput
          label="Password"
          description={
            method === 'auth.setUp' ? 'At least 10 characters; three random words make a good one' : undefined
          }
          autoComplete={method === 'auth.setUp' ? 'new-password' : 'current-password'}
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fields.password}
        />
        <ErrorAlert error={errorNotBesideFields(submit.error)} title="Not signed in" />
        <Button type="submit" loading={submit.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

function SignInForm() {
  return (
    <CentredCard title="Sign in to Postbag" intro="Casework here is confidential: sign in with your name and password.">
      <CredentialsForm method="auth.signIn" submitLabel="Sign in" />
    </CentredCard>
  );
}

function SetUpForm() {
  return (
    <CentredCard
      title="Welcome to Postbag"
      intro="First, the office’s administrator: you will add colleagues, each with their own role, in Settings."
    >
      <CredentialsForm method="auth.setUp" submitLabel="Create the administrator and sign in" />
    </CentredCard>
  );
}
