import net from 'node:net';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../shared/contract/events';
import { runJob } from '../../shared/contract/runJob';
import { describeStartupFailure } from '../../electron/backend/startupFailure';
import { startBackend } from '../../electron/backend/backend';
import { csvBytes, signatureCsv, signers } from '../support/csvFiles';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from '../support/postgres';
import { makeTempDir, startTempBackend, type TempBackend } from '../support/tempBackend';
import { TEST_JOB_WORKER } from '../setup/jobWorker';

/** A TCP relay to the test server that can be cut (the network going down) and restored. */
async function cuttableRelay(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const onConnection = (client: net.Socket) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  };
  const listen = (port = 0) =>
    new Promise<number>((resolve, reject) => {
      const listening = net.createServer(onConnection);
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        server = listening;
        resolve((listening.address() as net.AddressInfo).port);
      });
    });
  const port = await listen();
  return {
    port,
    cut: async () => {
      for (const socket of sockets) socket.destroy();
      const listening = server;
      server = null;
      await new Promise((resolve) => listening?.close(resolve));
    },
    restore: async () => {
      if (!server) await listen(port);
    },
  };
}

const heardWithin = (t: TempBackend, ms: number, match: (event: ServerEvent) => boolean) =>
  new Promise<ServerEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`nothing heard within ${ms} ms`));
    }, ms);
    const stop = t.backend.subscribe((event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });

/** Two laptops' backends on one office database. */
describe.skipIf(!TEST_POSTGRES_URL)('[postgres] one office database, several laptops', () => {
  let a: TempBackend;
  let b: TempBackend;
  beforeEach(async () => {
    a = await startTempBackend({ engine: 'postgres', start: '2026-11-24T14:02:00.000Z' });
    b = await startTempBackend({ officeDatabaseUrl: a.officeDatabaseUrl, start: '2026-11-24T14:05:00.000Z' });
  });
  afterEach(async () => {
    await b.close();
    await a.close();
  });

  const newPerson = (t: TempBackend, firstName: string) =>
    t.api('constituents.create', {
      firstName,
      lastName: 'Obi',
      email: `${firstName}@example.org`,
      preferredContact: 'email',
    });

  it('[postgres] tells one laptop, within 2 s, what another changed', async () => {
    const heard = heardWithin(b, 2_000, (event) => event.type === 'changed' && event.origin === 'office');
    const person = await newPerson(a, 'Ada');
    expect(await heard).toMatchObject({ changes: expect.arrayContaining([{ entity: 'constituent', id: person.id }]) });
    expect((await b.api('constituents.get', { id: person.id })).constituent.firstName).toBe('Ada');
  });

  it('[postgres] refuses a stale edit made on another laptop, naming who changed the case and when', async () => {
    const person = await newPerson(a, 'Ben');
    const opened = await a.api('cases.create', {
      constituentId: person.id,
      title: 'Visa delay',
      category: 'immigration',
      openedOn: '2026-11-24',
    });
    const onB = await b.api('cases.get', { id: opened.id });
    await a.api('cases.update', { id: opened.id, version: opened.version, category: 'immigration', title: 'Urgent' });
    await expect(
      b.api('cases.update', { id: opened.id, version: onB.record.version, category: 'immigration', title: 'Spouse' }),
    ).rejects.toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringMatching(/changed this case at 24 Nov 2026, 14:02 — reload/) },
    });
    expect((await b.api('cases.get', { id: opened.id })).record.title).toBe('Urgent');
  });

  it('[postgres] gives 20 cases opened at once on two laptops unique, sequential references', async () => {
    const person = await newPerson(a, 'Cat');
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).api('cases.create', {
          constituentId: person.id,
          title: `Case ${i}`,
          category: 'housing',
          openedOn: '2026-11-24',
        }),
      ),
    );
    const numbers = created.map((c) => Number(c.reference.split('-').pop())).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('[postgres] counts each signer once when two laptops import the same file into one campaign at once', async () => {
    const { id: campaignId } = await a.api('campaigns.create', {
      title: 'More police',
      kind: 'petition',
      startedOn: '2019-09-01',
    });
    const file = csvBytes(signatureCsv(signers(3_000)));
    const mapping = { fullName: 0, email: 1, postcode: 2, signedOn: 3 };
    const importOn = async (t: TempBackend) =>
      runJob(t.api, 'signatures.import', {
        campaignId,
        fileName: 'petition.csv',
        stagedFileId: await t.stage(file, 'petition.csv'),
        mapping,
      }).then(
        (outcome) => outcome.result.imported,
        (error: { error?: { code: string } }) => error.error?.code,
      );
    const outcomes = await Promise.all([importOn(a), importOn(b)]);
    // One imports all 3,000; the other finds every row already signed and imports nothing.
    expect(outcomes.sort()).toEqual([3_000, 'IMPORT_REJECTED']);
    expect((await b.api('campaigns.get', { id: campaignId })).stats.total).toBe(3_000);
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('[postgres] when the office server cannot be reached', () => {
  let t: TempBackend;
  let relay: Awaited<ReturnType<typeof cuttableRelay>>;
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  beforeEach(async () => {
    database = await freshPostgresDatabase();
    relay = await cuttableRelay(new URL(database.url));
    const throughRelay = new URL(database.url);
    throughRelay.port = String(relay.port);
    t = await startTempBackend({ officeDatabaseUrl: throughRelay.toString() });
  });
  afterEach(async () => {
    await relay.restore();
    await t.close();
    await database.drop();
  });

  it('[postgres] says so plainly, writes nothing on this laptop, and carries on once it is back', async () => {
    await relay.cut();
    const offline = { code: 'OFFLINE', message: expect.stringMatching(/^The office database cannot be reached/) };
    await expect(
      t.api('constituents.create', {
        firstName: 'Dee',
        lastName: 'Obi',
        email: 'dee@example.org',
        preferredContact: 'email',
      }),
    ).rejects.toMatchObject({
      error: offline,
    });
    await expect(t.api('constituents.list', { query: '' })).rejects.toMatchObject({ error: offline });
    expect(fs.readdirSync(t.dir).filter((name) => name.includes('sqlite'))).toEqual([]);

    await relay.restore();
    const dee = await t.api('constituents.create', {
      firstName: 'Dee',
      lastName: 'Obi',
      email: 'dee@example.org',
      preferredContact: 'email',
    });
    expect((await t.api('constituents.get', { id: dee.id })).constituent.firstName).toBe('Dee');
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('[postgres] starting against an office server', () => {
  it('[postgres] that is not there: one plain line saying what to check', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const error = await startBackend({
      officeDatabaseUrl: `postgres://postbag@127.0.0.1:${closedPort}/office`,
      host: { kind: 'browser', appVersion: 'test', dataFile: `${makeTempDir()}/postbag.sqlite` },
      jobWorkerScript: TEST_JOB_WORKER,
    }).catch((e: unknown) => e);
    expect(describeStartupFailure(error)).toBe(
      'The office database cannot be reached: check the network or VPN and that the server is running, then start Postbag again.',
    );
  });
});
