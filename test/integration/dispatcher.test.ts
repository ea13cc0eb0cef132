import type { Caller } from '../../electron/backend/context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/api';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations';
import { createDispatcher } from '../../electron/backend/dispatcher';
import { handlers } from '../../electron/backend/handlers';
import type { ServerEvent } from '../../shared/contract/events';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describe('dispatcher', () => {
  it('lists exactly the API methods we publish', () => {
    expect(Object.keys(contract).sort()).toMatchSnapshot();
  });

  it('has a handler for every method in the contract and no other', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});

describeEachEngine('dispatcher', (engine) => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await startTempBackend({ engine });
  });
  afterAll(async () => {
    await t.close();
  });

  const caller: Caller = { staffId: 1, role: 'administrator', staffName: 'Sam Okoro', origin: 'tab-1' };
  const dispatch = (envelope: unknown) => t.backend.dispatcher.dispatch(envelope, caller);

  describe('dispatcher', () => {
    it('answers an unknown method with UNKNOWN_METHOD', async () => {
      expect(await dispatch({ id: 1, method: 'cases.explode', input: {} })).toEqual({
        id: 1,
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'There is no API method called "cases.explode".' },
      });
    });

    it('answers a malformed envelope with BAD_REQUEST', async () => {
      const response = await dispatch({ method: 42 });
      expect(response).toMatchObject({ id: null, ok: false, error: { code: 'BAD_REQUEST' } });
    });

    it('lists field messages for invalid input', async () => {
      const response = await dispatch({
        id: 'a',
        method: 'constituents.create',
        input: { firstName: '', lastName: 'Smith', postcode: 'RM9 6CX', email: 'nope', preferredContact: 'email' },
      });
      expect(response.ok).toBe(false);
      if (response.ok) return;
      expect(response.error.code).toBe('VALIDATION');
      expect(response.error.fields).toEqual({
        firstName: ['Enter a first name'],
        email: ['Enter an email address like name@example.com'],
        postcode: ['Enter a real UK postcode, like RM9 6XX'],
      });
    });

    it('passes domain error codes through with their message', async () => {
      const response = await dispatch({ id: 2, method: 'cases.get', input: { id: 999 } });
      expect(response).toEqual({
        id: 2,
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Case 999 does not exist (it may have been removed).' },
      });
    });

    it('turns unexpected failures into INTERNAL without a stack trace, and logs them', async () => {
      const logged: unknown[] = [];
      const broken = createDispatcher(
        t.backend.context,
        { ...handlers, 'cases.get': async () => Promise.reject(new Error('disk on fire at /secret/path')) },
        { logError: (_method, error) => logged.push(error) },
      );
      const response = await broken.dispatch({ id: 3, method: 'cases.get', input: { id: 1 } }, caller);
      expect(response).toEqual({
        id: 3,
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Please try again.' },
      });
      expect(JSON.stringify(response)).not.toMatch(/secret|at .*\.ts|Error:/);
      expect(logged).toHaveLength(1);
    });

    it('answers a health check', async () => {
      expect(await t.api('system.health', {})).toEqual({
        status: 'ok',
        appVersion: '0.0.0-test',
        schemaVersion: LATEST_SCHEMA_VERSION,
        today: '2026-11-24',
      });
    });

    it('replies to a command with what it changed, written by the caller; a query changes nothing', async () => {
      const heard: ServerEvent[] = [];
      const stop = t.backend.subscribe((event) => heard.push(event));
      try {
        const created = await dispatch({
          id: 4,
          method: 'constituents.create',
          input: { firstName: 'Ada', lastName: 'Obi', email: 'ada@example.com', preferredContact: 'email' },
        });
        expect(created).toMatchObject({ ok: true });
        if (!created.ok) return;
        const id = (created.result as { id: number }).id;
        expect(created.changes).toEqual([{ entity: 'constituent', id }]);
        expect(heard).toEqual([{ type: 'changed', changes: [{ entity: 'constituent', id }], origin: 'tab-1' }]);

        const read = await dispatch({ id: 5, method: 'constituents.get', input: { id } });
        expect(read).toMatchObject({ ok: true });
        expect(read).not.toHaveProperty('changes');
        expect(heard).toHaveLength(1);

        const audit = await t.backend.context.db
          .selectFrom('auditLog')
          .select(['actor', 'entity', 'entityId', 'action'])
          .where('entity', '=', 'constituent')
          .where('entityId', '=', id)
          .execute();
        expect(audit).toEqual([{ actor: 'Sam Okoro', entity: 'constituent', entityId: id, action: 'create' }]);
      } finally {
        stop();
      }
    });

    it('gives a query a connection that cannot write', async () => {
      const logged: unknown[] = [];
      const writingQuery = createDispatcher(
        t.backend.context,
        {
          ...handlers,
          'caseOutcomes.list': async (ctx) => {
            await ctx.db.insertInto('caseOutcomes').values({ label: 'Written by a query', position: 99 }).execute();
            return [];
          },
        },
        { logError: (_method, error) => logged.push(error) },
      );
      const response = await writingQuery.dispatch({ id: 9, method: 'caseOutcomes.list', input: {} }, caller);
      expect(response.ok).toBe(false);
      expect(String(logged[0])).toMatch(/readonly database|read-only transaction/);
      expect(await t.api('caseOutcomes.list', {})).not.toContain('Written by a query');
    });

    it('reports nothing changed, and writes no audit entry, when a command fails', async () => {
      const heard: ServerEvent[] = [];
      const stop = t.backend.subscribe((event) => heard.push(event));
      const auditRows = async () =>
        Number(
          (
            await t.backend.context.db
              .selectFrom('auditLog')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      try {
        const before = await auditRows();
        const response = await dispatch({
          id: 6,
          method: 'cases.addNote',
          input: { caseId: 4242, body: 'Called back' },
        });
        expect(response).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
        expect(heard).toEqual([]);
        expect(await auditRows()).toBe(before);
      } finally {
        stop();
      }
    });
  });
});
