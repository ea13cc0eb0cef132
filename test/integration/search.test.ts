import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit, SearchResults } from '../../shared/contract/search';
import { describeEachEngine } from '../support/engines';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

/** The hits of one kind, as "title: the snippet with [found words] marked". */
function found(results: SearchResults, kind: SearchHit['kind']): string[] {
  const group = results.groups.find((g) => g.kind === kind);
  return (group?.hits ?? []).map(
    (hit) => `${hit.title}: ${hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('')}`,
  );
}

describeEachEngine('global search', (engine) => {
  let t: TempBackend;
  const others: TempBackend[] = [];
  let caseId: number;
  let homeOffice: number;
  beforeEach(async () => {
    t = await startTempBackend({ engine });
    const zoe = await t.api('constituents.create', {
      firstName: 'Zoë',
      lastName: 'Brontë',
      email: 'zoe.bronte@example.org',
      phone: '07700 900123',
      postcode: 'rm96xx',
      addressLine1: '12 Heathway',
      town: 'Dagenham',
      preferredContact: 'email',
    });
    caseId = (
      await t.api('cases.create', {
        constituentId: zoe.id,
        title: 'Damp in the flat',
        description: 'The landlord has not repaired the roof since March.',
        category: 'housing',
        openedOn: '2026-11-02',
      })
    ).id;
    await t.api('cases.addNote', {
      caseId,
      body: 'Spoke to the council’s housing officer about the mould in the bedroom.',
    });
    homeOffice = (
      await t.api('organisations.create', { name: 'Home Office', kind: 'government_department', replyTargetDays: 20 })
    ).id;
    await t.api('correspondence.recordOutgoing', {
      organisationId: homeOffice,
      caseId,
      channel: 'letter',
      subject: 'Visa application',
      body: 'My constituent has waited eight months for a decision, although her biometric appointment was in April.',
      theirReference: 'HO-1234567',
      sentOn: '2026-11-03',
    });
    const campaign = await t.api('campaigns.create', {
      title: 'More police for Dagenham',
      kind: 'petition',
      ask: 'Restore neighbourhood policing teams.',
      startedOn: '2026-09-02',
    });
    await t.api('signatures.add', { campaignId: campaign.id, fullName: 'Siobhán Ó Briain', postcode: 'RM10 8AB' });
  });
  afterEach(async () => {
    for (const other of others.splice(0)) await other.close();
    await t.close();
  });
  const search = (query: string, api = t.api) => api('search.global', { query });

  it('finds a constituent by a phone number typed any way, a postcode in any spacing, a name without its accents or with a slip', async () => {
    for (const query of [
      '07700 900 123',
      '+44 7700 900123',
      'RM9 6XX',
      'zoe bronte',
      'Zoe Bronty',
      'zoe.bronte@example.org',
    ]) {
      expect(found(await search(query), 'constituent'), query).toEqual([expect.stringMatching(/^Zoë Brontë: /)]);
    }
    expect(found(await search('zoe'), 'constituent')).toEqual(['Zoë Brontë: [Zoë] Brontë']);
  });

  it('finds a case by its reference, a word of its title, its description or a note, quoting the words found', async () => {
    const reference = (await t.api('cases.get', { id: caseId })).record.reference;
    expect(found(await search(reference), 'case')).toEqual([expect.stringMatching(new RegExp(`^${reference} Damp`))]);
    expect(found(await search('mould bedroom'), 'case')).toEqual([
      `${reference} Damp in the flat: Spoke to the council’s housing officer about the [mould] in the [bedroom].`,
    ]);
    expect(found(await search('landlord'), 'case')).toEqual([
      `${reference} Damp in the flat: The [landlord] has not repaired the roof since March.`,
    ]);
    // Part of a word is enough; every word must be there.
    expect(found(await search('repair'), 'case')).toHaveLength(1);
    expect(found(await search('mould kitchen'), 'case')).toEqual([]);
  });

  it('finds a letter by a word of its text, its organisation or their reference, and opens its case', async () => {
    const results = await search('biometric');
    expect(found(results, 'correspondence')).toEqual([
      'Visa application: My constituent has waited eight months for a decision, although her [biometric] appointment was in April.',
    ]);
    expect(results.groups.find((g) => g.kind === 'correspondence')!.hits[0]!.opens).toEqual({
      page: 'case',
      id: caseId,
    });
    expect(found(await search('HO-1234567'), 'correspondence')).toHaveLength(1);
    expect(found(await search('home office visa'), 'correspondence')).toHaveLength(1);
  });

  it('finds campaigns and signers; a volunteer’s search shows no constituent, case or letter', async () => {
    expect(found(await search('policing'), 'campaign')).toEqual([
      'More police for Dagenham: Restore neighbourhood [policing] teams.',
    ]);
    expect(found(await search('Siobhan O Briain'), 'signer')).toEqual(['Siobhán Ó Briain: [Siobhán Ó Briain]']);
    const volunteer = await t.signedInAs('Val Volunteer', 'volunteer');
    for (const query of ['Dagenham', 'Zoe', 'mould', 'biometric']) {
      const kinds = (await search(query, volunteer)).groups.map((g) => g.kind);
      expect(
        kinds.filter((kind) => kind !== 'campaign' && kind !== 'signer'),
        query,
      ).toEqual([]);
    }
    expect(found(await search('Dagenham', volunteer), 'campaign')).toHaveLength(1);
  });

  it('follows every change: an edited title, a renamed organisation, the example office loaded and removed', async () => {
    const record = (await t.api('cases.get', { id: caseId })).record;
    await t.api('cases.update', { ...record, version: record.version, title: 'Leaking roof' });
    expect(found(await search('damp'), 'case')).toEqual([]);
    expect(found(await search('leaking'), 'case')).toHaveLength(1);

    const office = (await t.api('organisations.get', { id: homeOffice })).organisation;
    await t.api('organisations.update', { ...office, name: 'UK Visas and Immigration' });
    expect(found(await search('visas immigration biometric'), 'correspondence')).toHaveLength(1);

    await t.api('exampleData.load', {});
    const exampleLetter = (await t.api('correspondence.list', {})).find((item) => item.subject !== 'Visa application')!;
    const word = exampleLetter.subject.split(' ').find((w) => w.length > 5)!;
    expect(found(await search(word), 'correspondence').length).toBeGreaterThan(0);
    await t.api('exampleData.remove', {});
    expect(found(await search(word), 'correspondence')).toEqual([]);
    expect(found(await search('leaking'), 'case')).toHaveLength(1);
  });

  it('builds the index at start when it is missing (an office upgraded from before search)', async () => {
    await sql`DELETE FROM search_index`.execute(t.backend.context.db);
    await t.backend.context.db.deleteFrom('settings').where('key', '=', 'searchIndexVersion').execute();
    expect(found(await search('mould'), 'case')).toEqual([]);
    let restarted: TempBackend;
    if (engine === 'postgres') {
      restarted = await startTempBackend({ officeDatabaseUrl: t.officeDatabaseUrl });
      others.push(restarted);
    } else {
      await t.backend.close();
      t = restarted = await startTempBackend({ dir: t.dir });
    }
    expect(found(await search('mould', restarted.api), 'case')).toHaveLength(1);
    expect(found(await search('biometric', restarted.api), 'correspondence')).toHaveLength(1);
  });

  it('filters the case list by words of its text, with the other filters and the count', async () => {
    const reference = (await t.api('cases.get', { id: caseId })).record.reference;
    expect((await t.api('cases.list', { text: 'mould' })).rows.map((row) => row.reference)).toEqual([reference]);
    expect(await t.api('cases.list', { text: reference })).toMatchObject({ total: 1, moreThanTotal: false });
    expect((await t.api('cases.list', { text: 'zoe damp', status: 'open' })).total).toBe(1);
    expect((await t.api('cases.list', { text: 'mould', status: 'closed' })).total).toBe(0);
    expect((await t.api('cases.list', { text: 'biometric' })).total).toBe(0);
    await expect(t.api('cases.list', { text: 'in' })).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { text: [expect.stringMatching(/three letters or more/)] } },
    });
  });

  it('says which words were too short to look for in records, and refuses an empty search', async () => {
    expect((await search('mould in bedroom')).ignoredWords).toEqual(['in']);
    await expect(search('   ')).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { query: ['Type something to search for'] } },
    });
  });
});

describe('global search’s index', () => {
  it('is written in the same transaction as the record: a failed command leaves no entry behind', async () => {
    const t = await startTempBackend();
    try {
      const person = await t.api('constituents.create', {
        firstName: 'Ada',
        lastName: 'Obi',
        email: 'ada@example.org',
        preferredContact: 'email',
      });
      await expect(
        t.api('cases.create', {
          constituentId: person.id,
          title: 'Unfindable xylophone',
          category: 'not a category' as never,
          openedOn: '2026-11-24',
        }),
      ).rejects.toMatchObject({ error: { code: 'VALIDATION' } });
      expect((await t.api('search.global', { query: 'xylophone' })).groups).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
