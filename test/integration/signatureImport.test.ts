import fs from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/contract/errors';
import { csvBytes, signatureCsv, signers } from '../support/csvFiles';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('signatureImport', (engine) => {
  let t: TempBackend;
  let campaignId: number;
  beforeEach(async () => {
    t = await startTempBackend({ engine });
    campaignId = (
      await t.api('campaigns.create', {
        title: 'More police',
        kind: 'petition',
        startedOn: '2019-09-01',
        signatureGoal: 5000,
      })
    ).id;
  });
  afterEach(async () => {
    await t.close();
  });

  const signatureCount = async () => (await t.api('campaigns.get', { id: campaignId })).stats.total;
  const MAPPING = { fullName: 0, email: 1, postcode: 2, signedOn: 3 };

  async function importText(text: string, options: Parameters<typeof csvBytes>[1] = {}, mapping = MAPPING) {
    return t.job('signatures.import', {
      campaignId,
      fileName: 'petition.csv',
      stagedFileId: await t.stage(csvBytes(text, options)),
      mapping,
    });
  }

  describe('signature CSV import', () => {
    it('previews a file: suggested mapping, counts, the first rows with their problems; writes nothing', async () => {
      const text = signatureCsv([
        ...signers(3),
        ['', 'x@example.org', 'RM9 6XX', ''],
        ['Bad Postcode', '', 'RM9 6CX', ''],
      ]);
      const preview = await t.job('signatures.previewImport', {
        campaignId,
        fileName: 'p.csv',
        stagedFileId: await t.stage(csvBytes(text)),
      });
      expect(preview).toMatchObject({
        encoding: 'UTF-8',
        headers: ['Name', 'Email', 'Postcode', 'Signed'],
        mapping: { fullName: 0, email: 1, postcode: 2, signedOn: 3, firstName: null, lastName: null, address: null },
        rowsTotal: 5,
        valid: 3,
        invalid: 2,
        duplicates: 0,
        problems: [
          { row: 5, reason: 'No name' },
          { row: 6, reason: '"RM9 6CX" is not a UK postcode' },
        ],
      });
      expect(preview.sample[4]).toEqual({
        row: 6,
        cells: ['Bad Postcode', '', 'RM9 6CX', ''],
        problem: '"RM9 6CX" is not a UK postcode',
      });
      expect(await signatureCount()).toBe(0);
    });

    it('re-uses the staged upload for each preview and the import, then lets it go', async () => {
      const stagedFileId = await t.stage(csvBytes(signatureCsv(signers(4, 500))), 'petition.csv');
      const located = t.backend.context.staging.locate(stagedFileId);
      const first = await t.job('signatures.previewImport', { campaignId, stagedFileId });
      expect(first.valid).toBe(4);
      const remapped = await t.job('signatures.previewImport', {
        campaignId,
        stagedFileId,
        mapping: { ...MAPPING, postcode: 1 },
      });
      expect(remapped.valid).toBe(0);
      const before = await signatureCount();
      expect((await t.job('signatures.import', { campaignId, stagedFileId, mapping: MAPPING })).imported).toBe(4);
      expect(await signatureCount()).toBe(before + 4);
      expect(fs.existsSync(located.path)).toBe(false);
      await expect(t.job('signatures.previewImport', { campaignId, stagedFileId })).rejects.toMatchObject({
        error: { code: 'NOT_FOUND', message: expect.stringContaining('choose it again') },
      });
    });

    it('imports the valid rows, normalised, as one batch', async () => {
      const result = await importText(
        signatureCsv([
          ['  Mary   O’Brien ', 'MARY@Example.org', 'rm96xx', '9 Oct 2019'],
          ['Bad', '', 'nope', ''],
        ]),
      );
      expect(result).toMatchObject({ rowsTotal: 2, imported: 1, invalid: 1, duplicates: 0 });
      const detail = await t.api('campaigns.get', { id: campaignId });
      expect(detail.stats).toMatchObject({
        total: 1,
        byDistrict: [{ key: 'RM9', count: 1 }],
        overTime: [{ date: '2019-10-09', count: 1, cumulative: 1 }],
      });
      const stored = await t.backend.context.db.selectFrom('signatures').selectAll().executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        fullName: 'Mary O’Brien',
        postcode: 'RM9 6XX',
        signedOn: '2019-10-09',
        email: 'MARY@Example.org',
      });
      expect(detail.batches[0]).toMatchObject({
        fileName: 'petition.csv',
        imported: 1,
        invalid: 1,
        rowsTotal: 2,
        actor: 'Test User',
      });
    });

    it('reads UTF-8 with a BOM and CRLF line ends', async () => {
      const text = signatureCsv(signers(2), undefined, '\r\n');
      const preview = await t.job('signatures.previewImport', {
        campaignId,
        stagedFileId: await t.stage(csvBytes(text, { bom: true })),
      });
      expect(preview.encoding).toBe('UTF-8 with BOM');
      expect(preview.headers[0]).toBe('Name');
      expect(preview.valid).toBe(2);
    });

    it('detects Windows-1252 and reads its accented names correctly', async () => {
      const text = signatureCsv([['Zoë Brontë', '', 'RM10 8AB', '24/10/2019']]);
      const preview = await t.job('signatures.previewImport', {
        campaignId,
        stagedFileId: await t.stage(csvBytes(text, { encoding: 'latin1' })),
      });
      expect(preview.encoding).toBe('Windows-1252');
      expect(preview.sample[0]!.cells[0]).toBe('Zoë Brontë');
    });

    const previewBytes = async (bytes: Buffer) =>
      t.job('signatures.previewImport', { campaignId, stagedFileId: await t.stage(bytes) });
    const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

    const BOM_LE = Buffer.from([0xff, 0xfe]);
    const BOM_BE = Buffer.from([0xfe, 0xff]);
    it.each([
      ['UTF-16 LE with BOM', (text: string) => Buffer.concat([BOM_LE, Buffer.from(text, 'utf16le')]), 'UTF-16 LE'],
      ['UTF-16 BE with BOM', (text: string) => Buffer.concat([BOM_BE, utf16be(text)]), 'UTF-16 BE'],
      ['UTF-16 LE without BOM', (text: string) => Buffer.from(text, 'utf16le'), 'UTF-16 LE'],
    ])('reads %s', async (_label, encode, encoding) => {
      const text = signatureCsv([['Zoë Brontë', 'zoe@example.org', 'RM10 8AB', '24/10/2019'], ...signers(2)]);
      const preview = await previewBytes(encode(text));
      expect(preview.encoding).toBe(encoding);
      expect(preview.sample[0]!.cells[0]).toBe('Zoë Brontë');
      expect(preview.valid).toBe(3);
    });

    it('reads Excel\'s "Unicode Text": tab-separated UTF-16 LE', async () => {
      const text = [
        'Name\tEmail\tPostcode',
        'Siân Jones\tsian@example.org\tRM9 6XX',
        'Éamon Ó Briain\t\tIG11 7AB',
        '',
      ].join('\r\n');
      const preview = await previewBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      expect(preview).toMatchObject({ encoding: 'UTF-16 LE', headers: ['Name', 'Email', 'Postcode'], valid: 2 });
      expect(preview.sample.map((row) => row.cells[0])).toEqual(['Siân Jones', 'Éamon Ó Briain']);
    });

    it('keeps a UTF-8 file with one stray byte as UTF-8, flagging only the row that holds it', async () => {
      const good = Buffer.from(signatureCsv([['Zoë Jones', 'zoe@example.org', 'RM10 8AB', '24/10/2019']]));
      const stray = Buffer.concat([
        Buffer.from('Bad'),
        Buffer.from([0xe9]),
        Buffer.from(' Byte,bad@example.org,RM9 6XX,\n'),
      ]);
      const preview = await previewBytes(Buffer.concat([good, stray]));
      expect(preview.encoding).toBe('UTF-8');
      expect(preview.sample[0]).toMatchObject({
        cells: ['Zoë Jones', 'zoe@example.org', 'RM10 8AB', '24/10/2019'],
        problem: '',
      });
      expect(preview.sample[1]!.problem).toMatch(/could not be read/);
      expect(preview).toMatchObject({ valid: 1, invalid: 1 });
    });

    it.each([
      [
        'a quote inside an unquoted value',
        'Ann,ann@example.org,RM9 6XX\nBroken "Quote,bob@example.org,RM9 6XY\n',
        /line 3 has a quote mark inside a value/,
      ],
      [
        'a row with more values than the header',
        'Ann,ann@example.org,RM9 6XX\nBob,bob@example.org,RM9 6XY,extra\n',
        /line 3 has 4 values where the header row has 3/,
      ],
      [
        'a row with fewer values than the header',
        'Ann,ann@example.org,RM9 6XX\nBob\n',
        /line 3 has 1 values where the header row has 3/,
      ],
      [
        'text after a closing quote',
        'Ann,ann@example.org,RM9 6XX\n"Bob"by,bob@example.org,RM9 6XY\n',
        /line 3 has a quote mark/,
      ],
    ])('rejects a file with %s, naming the line, and imports nothing', async (_label, rows, message) => {
      const error = await importText(`Name,Email,Postcode\n${rows}`, {}, {
        fullName: 0,
        email: 1,
        postcode: 2,
      } as never).catch((e: ApiCallError) => e);
      expect((error as ApiCallError).error?.code).toBe('IMPORT_REJECTED');
      expect((error as ApiCallError).message).toMatch(message);
      expect((error as ApiCallError).message).toMatch(/Nothing was imported\.$/);
      expect(await signatureCount()).toBe(0);
    });

    it('accepts trailing blank lines', async () => {
      const result = await importText(`${signatureCsv(signers(2))}\n\n\r\n`);
      expect(result.imported).toBe(2);
    });

    it('never lets a NUL character reach the database', async () => {
      const withNul = signatureCsv([['Nul\u0000Name', 'nul@example.org', 'RM9 6XX', '24/10/2019'], ...signers(1)]);
      await expect(importText(withNul)).rejects.toMatchObject({
        error: { code: 'IMPORT_REJECTED', message: expect.stringMatching(/NUL characters/) },
      });
      await expect(
        t.api('constituents.create', {
          firstName: 'A\u0000',
          lastName: 'B',
          email: 'a@b.org',
          preferredContact: 'email',
        }),
      ).rejects.toMatchObject({ error: { code: 'VALIDATION', message: expect.stringMatching(/NUL character/) } });
      expect(await signatureCount()).toBe(0);
      expect((await t.api('constituents.list', {})).total).toBe(0);
    });

    it('reads an Excel workbook directly: real dates, numbers, formulas as their results, blank rows skipped', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Signatures');
      sheet.addRow(['Name', 'Email', 'Postcode', 'Signed']);
      sheet.addRow(['Zoë Brontë', 'zoe@example.org', 'RM10 8AB', new Date(Date.UTC(2019, 9, 24))]);
      sheet.addRow([]);
      sheet.addRow([{ formula: '"Sam "&"Okoro"', result: 'Sam Okoro' }, '', 'rm9 6xx', '25/10/2019']);
      sheet.addRow(['Bad Postcode', '', 'NOWHERE', '']);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const preview = await t.job('signatures.previewImport', { campaignId, stagedFileId: await t.stage(bytes) });
      expect(preview).toMatchObject({
        encoding: 'Excel workbook (.xlsx)',
        headers: ['Name', 'Email', 'Postcode', 'Signed'],
        rowsTotal: 3,
        valid: 2,
        invalid: 1,
      });
      const result = await t.job('signatures.import', {
        campaignId,
        fileName: 'petition.xlsx',
        stagedFileId: await t.stage(bytes),
        mapping: MAPPING,
      });
      expect(result.imported).toBe(2);
      const stored = await t.backend.context.db
        .selectFrom('signatures')
        .select(['fullName', 'postcode', 'signedOn'])
        .orderBy('fullName')
        .execute();
      expect(stored).toEqual([
        { fullName: 'Sam Okoro', postcode: 'RM9 6XX', signedOn: '2019-10-25' },
        { fullName: 'Zoë Brontë', postcode: 'RM10 8AB', signedOn: '2019-10-24' },
      ]);
    });

    it('refuses a damaged workbook plainly, importing nothing', async () => {
      const broken = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]);
      await expect(
        t.job('signatures.previewImport', { campaignId, stagedFileId: await t.stage(broken) }),
      ).rejects.toMatchObject({
        error: { code: 'IMPORT_REJECTED', message: expect.stringMatching(/Excel workbook but cannot be read/) },
      });
    });

    it('keeps commas and line breaks inside quoted fields', async () => {
      const text = 'Name,Email,Postcode,Address\n"Smith, Jo",jo@example.org,RM9 6XX,"Flat 2\n14 Heathway"\n';
      const result = await importText(text, {}, { fullName: 0, email: 1, postcode: 2, address: 3 } as never);
      expect(result.imported).toBe(1);
      const stored = await t.backend.context.db
        .selectFrom('signatures')
        .select(['fullName', 'address'])
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ fullName: 'Smith, Jo', address: 'Flat 2 14 Heathway' });
    });

    it('rejects a file with an unbalanced quote, says where, and writes nothing', async () => {
      await importText(signatureCsv(signers(2)));
      const broken =
        'Name,Email,Postcode\nAnn,ann@example.org,RM9 6XX\n"Bob,bob@example.org,RM9 6XY\nCat,cat@example.org,RM9 6XZ\n';
      const error = await importText(broken, {}, { fullName: 0, email: 1, postcode: 2 } as never).catch(
        (e: ApiCallError) => e,
      );
      expect(error).toBeInstanceOf(ApiCallError);
      expect((error as ApiCallError).error.code).toBe('IMPORT_REJECTED');
      expect((error as ApiCallError).message).toMatch(/quote opened on line 3 is never closed.*Nothing was imported/);
      expect(await signatureCount()).toBe(2);
    });

    it('counts duplicates within the file and against earlier imports, and imports each signer once', async () => {
      const first = signers(90);
      await importText(signatureCsv(first));
      const repeats = [
        ...signers(100, 90),
        first[3]!, // same everything as an earlier import
        ['SIGNER 7', '', first[7]![2]!, ''], // same name and postcode, no email
        ['Someone Else', first[9]![1]!.toUpperCase(), 'IG11 7QJ', ''], // same email, any case
        ...signers(7, 90), // repeats within this file
      ];
      const result = await importText(signatureCsv(repeats));
      expect(result).toMatchObject({ rowsTotal: 110, imported: 100, duplicates: 10, invalid: 0 });
      expect(await signatureCount()).toBe(190);
      const preview = await t.job('signatures.previewImport', {
        campaignId,
        stagedFileId: await t.stage(csvBytes(signatureCsv(repeats))),
        mapping: MAPPING,
      });
      expect(preview.duplicates).toBe(110);
      expect(preview.problems[0]).toEqual({
        row: 2,
        reason: 'Already signed this campaign (same email)',
        cells: repeats[0],
      });
    });

    it('says which rows repeat which within one file', async () => {
      const rows = signers(2);
      const preview = await t.job('signatures.previewImport', {
        campaignId,
        stagedFileId: await t.stage(csvBytes(signatureCsv([...rows, rows[0]!, [rows[1]![0]!, '', rows[1]![2]!, '']]))),
      });
      expect(preview.problems.map(({ row, reason }) => [row, reason])).toEqual([
        [4, 'Duplicate of row 2 (same email); details it adds are kept there'],
        [5, 'Duplicate of row 3 (same name and postcode); details it adds are kept there'],
      ]);
    });

    it('keeps the most complete of two rows for one signer, filling gaps from the copy', async () => {
      const result = await importText(
        signatureCsv([
          ['ZOË JONES', '', 'RM9 6XX', ''],
          ['Zoë Jones', 'zoe@example.org', 'RM9 6XX', '24/10/2019'],
          ['Ben Ode', 'ben@example.org', 'RM10 8AB', '25/10/2019'],
          ['BEN ODE', 'BEN@example.org', 'RM10 8AB', ''],
        ]),
      );
      expect(result).toMatchObject({ imported: 2, duplicates: 2 });
      const stored = await t.backend.context.db
        .selectFrom('signatures')
        .select(['fullName', 'email', 'signedOn'])
        .orderBy('fullName')
        .execute();
      expect(stored).toEqual([
        { fullName: 'Ben Ode', email: 'ben@example.org', signedOn: '2019-10-25' },
        { fullName: 'Zoë Jones', email: 'zoe@example.org', signedOn: '2019-10-24' },
      ]);
    });

    it('flags dates in the future or before the campaign started, keeping each rejected row as read', async () => {
      const preview = await t.job('signatures.previewImport', {
        campaignId,
        stagedFileId: await t.stage(
          csvBytes(
            signatureCsv([
              ['Early Bird', '', 'RM9 6XX', '31/08/2019'],
              ['Time Traveller', '', 'RM9 6XY', '01/01/2027'],
              ['On Time', '', 'RM9 6XZ', '24/11/2026'],
            ]),
          ),
        ),
        mapping: MAPPING,
      });
      expect(preview.problems).toEqual([
        {
          row: 2,
          reason: 'Signed 31 Aug 2019, before the campaign started (1 Sep 2019)',
          cells: ['Early Bird', '', 'RM9 6XX', '31/08/2019'],
        },
        {
          row: 3,
          reason: 'Signed 1 Jan 2027, which is after today',
          cells: ['Time Traveller', '', 'RM9 6XY', '01/01/2027'],
        },
      ]);
      expect(preview.valid).toBe(1);
    });

    it('links signers who are already constituents', async () => {
      const person = await t.api('constituents.create', {
        firstName: 'Signer',
        lastName: '3',
        email: 'someone@example.org',
        postcode: signers(4)[3]![2]!,
        addressLine1: '1 Road',
        preferredContact: 'email',
      });
      const result = await importText(signatureCsv(signers(5)));
      expect(result.linkedToConstituents).toBe(1);
      const linked = await t.backend.context.db
        .selectFrom('signatures')
        .select('constituentId')
        .where('constituentId', 'is not', null)
        .execute();
      expect(linked).toEqual([{ constituentId: person.id }]);
    });

    it('undoes an import as a whole, restoring exactly the previous counts', async () => {
      await importText(signatureCsv(signers(30)));
      const before = (await t.api('campaigns.get', { id: campaignId })).stats;
      const second = await importText(signatureCsv(signers(50, 25)));
      expect(second).toMatchObject({ imported: 45, duplicates: 5 });
      await t.api('signatures.undoBatch', { batchId: second.batchId });
      const after = await t.api('campaigns.get', { id: campaignId });
      expect(after.stats).toEqual(before);
      expect(after.batches.find((b) => b.id === second.batchId)?.undoneAt).toBeTruthy();
      await expect(t.api('signatures.undoBatch', { batchId: second.batchId })).rejects.toMatchObject({
        error: { code: 'CONFLICT' },
      });
    });

    it('counts by ward only from an imported postcode directory, never guessing', async () => {
      await importText(signatureCsv([...signers(4), ['Far Away', '', 'SW1A 1AA', '']]));
      let stats = (await t.api('campaigns.get', { id: campaignId })).stats;
      expect(stats.byWard).toBeNull();
      expect(stats.byDistrict.map((d) => d.key).sort()).toEqual(
        ['IG11', 'RM10', 'RM13', 'RM8', 'RM9']
          .filter((k) => k !== 'IG11')
          .concat('SW1A')
          .sort(),
      );

      const directory =
        'pcds,osward,pcon,wd23nm\nRM8 1AB,E05014060,E14000657,Becontree\nRM9 2AB,E05014069,E14000657,Mayesbrook\nRM10 3AB,E05014069,E14000657,Mayesbrook\n';
      expect(
        await t.job('postcodes.importDirectory', {
          fileName: 'onspd.csv',
          stagedFileId: await t.stage(csvBytes(directory)),
        }),
      ).toEqual({
        postcodes: 3,
        wards: 2,
        namedWards: 2,
        skipped: 0,
        columns: ['pcds', 'osward', 'pcon', 'wd23nm'],
      });
      stats = (await t.api('campaigns.get', { id: campaignId })).stats;
      expect(stats.byWard).toEqual([
        { key: 'E05014069', label: 'Mayesbrook', count: 2 },
        { key: '', label: 'Not in the postcode directory', count: 2 },
        { key: 'E05014060', label: 'Becontree', count: 1 },
      ]);
    });

    it('reads a 2025 directory by its year-suffixed columns, names wards from the names file, and counts other constituencies apart', async () => {
      await importText(
        signatureCsv([
          ['Ann', '', 'RM8 1AB', ''],
          ['Ben', '', 'RM9 2AB', ''],
          ['Cal', '', 'IG11 7QJ', ''],
        ]),
      );
      const directory =
        'PCD2,PCDS,DOINTR,WD24CD,WD25CD,PCON24CD\n' +
        'RM8  1AB,RM8 1AB,202001,E05000001,E05014060,E14001183\n' +
        'RM9  2AB,RM9 2AB,202001,E05000002,E05014069,E14001183\n' +
        'IG11 7QJ,IG11 7QJ,202001,E05000003,E05014044,E14001073\n' +
        ',,,,,\n' +
        'XX1  1XX,not a postcode,202001,E05000004,E05000009,E14001183\n';
      const loaded = await t.job('postcodes.importDirectory', {
        fileName: 'ONSPD_FEB_2025.csv',
        stagedFileId: await t.stage(csvBytes(directory)),
      });
      expect(loaded).toEqual({
        postcodes: 3,
        wards: 3,
        namedWards: 0,
        skipped: 1,
        columns: ['PCDS', 'WD25CD', 'PCON24CD'],
      });
      const names = 'WD25CD,WD25NM,WD25NMW,LAD25CD\nE05014060,Becontree,,E09000002\nE05014069,Mayesbrook,,E09000002\n';
      expect(
        await t.job('postcodes.importWardNames', {
          fileName: 'wards.csv',
          stagedFileId: await t.stage(csvBytes(names)),
        }),
      ).toMatchObject({
        namedWards: 2,
        columns: ['WD25CD', 'WD25NM'],
      });
      await t.api('settings.update', { constituencyCode: 'E14001183' });
      const { stats } = await t.api('campaigns.get', { id: campaignId });
      expect(stats.byWard).toEqual([
        { key: 'E05014060', label: 'Becontree', count: 1 },
        { key: 'E05014069', label: 'Mayesbrook', count: 1 },
        { key: 'outside', label: 'Outside the constituency', count: 1 },
      ]);
      await expect(
        t.job('postcodes.importWardNames', {
          stagedFileId: await t.stage(csvBytes('code,name\nE05014060,Becontree\n')),
        }),
      ).rejects.toMatchObject({
        error: { code: 'IMPORT_REJECTED', message: expect.stringMatching(/ward names file/) },
      });
    });

    it('lists, searches and exports signers with their comments, leaving out anyone who asked not to be contacted', async () => {
      const quiet = await t.api('constituents.create', {
        firstName: 'Quiet',
        lastName: 'Person',
        email: 'quiet@example.org',
        preferredContact: 'email',
        doNotContact: true,
      });
      await importText(
        signatureCsv(
          [
            ['Zoë Jones', 'zoe@example.org', 'RM9 6XX', '24/10/2019', 'My car was broken into twice'],
            ['Quiet Person', 'quiet@example.org', 'RM10 8AB', '24/10/2019', ''],
            ['Ben Ode', '', 'RM13 9ZZ', '', 'Need more patrols'],
          ],
          ['Name', 'Email', 'Postcode', 'Signed', 'Why are you signing?'],
        ),
        {},
        { ...MAPPING, comment: 4 } as never,
      );
      const all = await t.api('signatures.list', { campaignId });
      expect(all.total).toBe(3);
      expect(all.rows.map((r) => [r.fullName, r.comment])).toEqual([
        ['Ben Ode', 'Need more patrols'],
        ['Quiet Person', ''],
        ['Zoë Jones', 'My car was broken into twice'],
      ]);
      expect((await t.api('signatures.list', { campaignId, query: 'rm96x' })).rows.map((r) => r.fullName)).toEqual([
        'Zoë Jones',
      ]);
      const exported = await t.api('signatures.export', { campaignId });
      expect(exported.map((r) => r.fullName)).toEqual(['Ben Ode', 'Zoë Jones']);
      expect(exported.find((r) => r.constituentId === quiet.id)).toBeUndefined();
    });

    it('refuses a postcode directory without the ONS columns', async () => {
      await expect(
        t.job('postcodes.importDirectory', { stagedFileId: await t.stage(csvBytes('postcode,ward\nRM9 6XX,Heath\n')) }),
      ).rejects.toMatchObject({
        error: { code: 'IMPORT_REJECTED' },
      });
    });

    it('adds a paper signature by hand and refuses the same signer twice', async () => {
      const added = await t.api('signatures.add', {
        campaignId,
        fullName: 'Ann Paper',
        postcode: 'rm13 9zz',
        signedOn: '2019-10-01',
      });
      expect(added.imported).toBe(1);
      await expect(
        t.api('signatures.add', { campaignId, fullName: 'ann paper', postcode: 'RM13 9ZZ' }),
      ).rejects.toMatchObject({
        error: { code: 'CONFLICT' },
      });
      expect(await signatureCount()).toBe(1);
    });
  });

  describe('signature import under fuzzing', () => {
    const outcome = async (bytes: Buffer) => {
      const before = await signatureCount();
      try {
        const stagedFileId = await t.stage(bytes);
        const result = await t.job('signatures.import', { campaignId, stagedFileId, mapping: MAPPING });
        expect(await signatureCount()).toBe(before + result.imported);
      } catch (error) {
        expect(error).toBeInstanceOf(ApiCallError);
        expect(['IMPORT_REJECTED', 'VALIDATION']).toContain((error as ApiCallError).error.code);
        expect(await signatureCount()).toBe(before);
      }
    };

    it('never crashes and never half-writes on random bytes', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => outcome(Buffer.from(bytes))),
        { numRuns: 150 },
      );
      // 150 files through the real backend: a few seconds on SQLite, more on PostgreSQL on a busy CI machine.
    }, 30_000);

    it('never crashes and never half-writes on mutated real files', async () => {
      const base = signatureCsv(signers(12, 1000));
      const mutation = fc.oneof(
        fc.record({
          at: fc.nat(base.length),
          insert: fc.constantFrom('"', ',', '\n', '\r\n', '""', '\u0000', 'é', ';', '\t'),
        }),
        fc.record({ at: fc.nat(base.length), remove: fc.integer({ min: 1, max: 20 }) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
          let text = base;
          for (const m of mutations) {
            text =
              'insert' in m
                ? text.slice(0, m.at) + m.insert + text.slice(m.at)
                : text.slice(0, m.at) + text.slice(m.at + m.remove);
          }
          await outcome(csvBytes(text));
        }),
        { numRuns: 150 },
      );
      // 150 files through the real backend: a few seconds on SQLite, more on PostgreSQL on a busy CI machine.
    }, 30_000);
  });
});
