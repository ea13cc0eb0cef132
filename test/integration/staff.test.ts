import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract/api';
import { METHOD_ACCESS, mayCall } from '../../shared/contract/access';
import type { ApiClient } from '../../shared/contract/client';
import { ApiCallError } from '../../shared/contract/errors';
import type { StaffRole } from '../../shared/contract/staff';
import { describeEachEngine } from '../support/engines';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { TEST_PASSWORD } from '../support/signedInClient';

const codeOf = async (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (error: unknown) => (error instanceof ApiCallError ? error.error.code : String(error)),
  );

describeEachEngine('staff and roles', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ engine, staffName: 'Sam Okoro' });
  });
  afterEach(async () => {
    await t.close();
  });

  describe('roles', () => {
    it('are enforced by the dispatcher for every method, for every role, from the one table', async () => {
      const clients: Record<StaffRole | 'signed out', ApiClient> = {
        administrator: t.api,
        caseworker: await t.signedInAs('Cat Caseworker', 'caseworker'),
        volunteer: await t.signedInAs('Val Volunteer', 'volunteer'),
        'signed out': t.anonymous,
      };
      const wrong: string[] = [];
      for (const method of Object.keys(contract) as MethodName[]) {
        // Signing out would end the session the next calls use.
        if (method === 'auth.signOut') continue;
        for (const [role, client] of Object.entries(clients)) {
          const code = await codeOf(client(method, {} as never));
          const allowed =
            role === 'signed out' ? METHOD_ACCESS[method] === 'anyone' : mayCall(role as StaffRole, method);
          const refusedAs = role === 'signed out' ? 'SIGNED_OUT' : 'FORBIDDEN';
          // An allowed call may still fail on its (empty) input; a refused one never reaches it.
          if (allowed ? code === refusedAs : code !== refusedAs) wrong.push(`${role} ${method}: ${code}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('keep a volunteer to campaigns and signatures, saying why', async () => {
      const volunteer = await t.signedInAs('Val Volunteer', 'volunteer');
      const person = await t.api('constituents.create', {
        firstName: 'Ada',
        lastName: 'Obi',
        email: 'ada@example.org',
        preferredContact: 'email',
      });
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Housing repair',
        category: 'housing',
        openedOn: '2026-11-24',
      });
      await expect(volunteer('cases.get', { id: opened.id })).rejects.toMatchObject({
        error: {
          code: 'FORBIDDEN',
          message:
            'Volunteers cannot do this in Postbag (caseworkers and administrators only). Ask an administrator if you need it.',
        },
      });
      const campaign = await volunteer('campaigns.create', {
        title: 'More police',
        kind: 'petition',
        startedOn: '2026-11-01',
      });
      await t.api('campaigns.linkConstituent', { campaignId: campaign.id, constituentId: person.id });
      // The campaign's page, without the people and cases linked to it.
      const seen = await volunteer('campaigns.get', { id: campaign.id });
      expect(seen.campaign.title).toBe('More police');
      expect([seen.constituents, seen.cases]).toEqual([[], []]);
      expect((await t.api('campaigns.get', { id: campaign.id })).constituents).toHaveLength(1);
    });
  });

  describe('accounts', () => {
    it('set up once: a second first administrator is refused', async () => {
      await expect(t.anonymous('auth.setUp', { name: 'Eve', password: TEST_PASSWORD })).rejects.toMatchObject({
        error: { code: 'CONFLICT', message: expect.stringMatching(/already been set up/) },
      });
      expect(await t.api('auth.status', {})).toMatchObject({
        setUp: true,
        signInRequired: true,
        me: { name: 'Sam Okoro', role: 'administrator' },
      });
    });

    it('sign in by name in any case, lock after five wrong passwords, and say until when', async () => {
      await t.signedInAs('Cat Caseworker', 'caseworker');
      const wrong = () => t.anonymous('auth.signIn', { name: 'cat caseworker', password: 'not the password' });
      for (let i = 0; i < 4; i++) {
        await expect(wrong()).rejects.toMatchObject({
          error: { code: 'FORBIDDEN', message: 'That name and password do not match. Check both and try again.' },
        });
      }
      await expect(wrong()).rejects.toMatchObject({
        error: {
          message: expect.stringMatching(/^Too many wrong passwords: this account is locked until 24 Nov 2026, 10:15/),
        },
      });
      // Locked: even the right password waits, until an administrator sets a new one.
      await expect(
        t.anonymous('auth.signIn', { name: 'Cat Caseworker', password: TEST_PASSWORD }),
      ).rejects.toMatchObject({
        error: { message: expect.stringMatching(/locked until/) },
      });
      const cat = (await t.api('staff.list', {})).find((member) => member.name === 'Cat Caseworker')!;
      await t.api('staff.setPassword', { id: cat.id, password: 'a brand new password' });
      const signedIn = await t.anonymous('auth.signIn', { name: 'Cat Caseworker', password: 'a brand new password' });
      expect(signedIn).toMatchObject({ name: 'Cat Caseworker', role: 'caseworker' });
      // An unknown name gets the same answer as a wrong password.
      await expect(t.anonymous('auth.signIn', { name: 'Nobody', password: TEST_PASSWORD })).rejects.toMatchObject({
        error: { message: 'That name and password do not match. Check both and try again.' },
      });
    });

    it('act as the signed-in person: the audit actor, and a deactivated colleague is signed out at once', async () => {
      const cat = await t.signedInAs('Cat Caseworker', 'caseworker');
      const person = await cat('constituents.create', {
        firstName: 'Ben',
        lastName: 'Evans',
        email: 'ben@example.org',
        preferredContact: 'email',
      });
      const entry = await t.backend.context.db
        .selectFrom('auditLog')
        .select('actor')
        .where('entity', '=', 'constituent')
        .where('entityId', '=', person.id)
        .executeTakeFirstOrThrow();
      expect(entry.actor).toBe('Cat Caseworker');

      const member = (await t.api('staff.list', {})).find((m) => m.name === 'Cat Caseworker')!;
      await t.api('staff.update', { ...member, active: false });
      await expect(cat('constituents.list', {})).rejects.toMatchObject({ error: { code: 'SIGNED_OUT' } });
    });

    it('keep one active administrator, and refuse a second person with the same name', async () => {
      const me = (await t.api('staff.list', {}))[0]!;
      await expect(t.api('staff.update', { ...me, role: 'caseworker' })).rejects.toMatchObject({
        error: { code: 'CONFLICT', message: expect.stringMatching(/at least one active administrator/) },
      });
      await expect(
        t.api('staff.create', { name: ' sam okoro ', role: 'volunteer', password: TEST_PASSWORD }),
      ).rejects.toMatchObject({
        error: { code: 'CONFLICT', message: expect.stringMatching(/already a staff member/) },
      });
    });

    it('end a session on signing out', async () => {
      const val = await t.signedInAs('Val Volunteer', 'volunteer');
      expect(await val('campaigns.list', {})).toEqual([]);
      await val('auth.signOut', {});
      await expect(val('campaigns.list', {})).rejects.toMatchObject({ error: { code: 'SIGNED_OUT' } });
    });
  });

  it.runIf(engine === 'sqlite')(
    'lets a solo office of one switch sign-in off, and on again when a colleague joins',
    async () => {
      expect(await t.api('auth.setSignInRequired', { required: false })).toMatchObject({ signInRequired: false });
      expect(await t.anonymous('auth.status', {})).toMatchObject({ signInRequired: false, me: { name: 'Sam Okoro' } });
      await t.api('staff.create', { name: 'Cat Caseworker', role: 'caseworker', password: TEST_PASSWORD });
      expect(await t.anonymous('auth.status', {})).toMatchObject({ signInRequired: true, me: null });
    },
  );

  it.runIf(engine === 'postgres')('never switches sign-in off on the office database', async () => {
    await expect(t.api('auth.setSignInRequired', { required: false })).rejects.toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringMatching(/only on a single laptop/) },
    });
  });
});
