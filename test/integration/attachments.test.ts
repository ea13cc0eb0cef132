import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/contract/attachments';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('attachments', (engine) => {
  let t: TempBackend;
  let letterId: number;
  let folder: string;
  beforeEach(async () => {
    t = await startTempBackend({ start: '2025-12-18T10:00:00.000Z', engine });
    folder = path.join(t.dir, 'attachments');
    const homeOffice = await t.api('organisations.create', {
      name: 'Home Office',
      kind: 'government_department',
      replyTargetDays: 20,
    });
    letterId = (
      await t.api('correspondence.recordOutgoing', {
        organisationId: homeOffice.id,
        channel: 'letter',
        subject: 'Visa application',
        sentOn: '2025-12-18',
      })
    ).id;
  });
  afterEach(async () => {
    await t.close();
  });

  /** The stored copies' names (their hashes): files in the folder beside the data file, or rows in the office database. */
  const storedFiles = async () => {
    if (engine === 'postgres') {
      const rows = await t.backend.context.db
        .selectFrom('attachmentContents')
        .select('sha256')
        .orderBy('sha256')
        .execute();
      return rows.map((row) => row.sha256);
    }
    return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  };
  const storedBytes = async (sha256: string) =>
    engine === 'postgres'
      ? Buffer.from(
          (
            await t.backend.context.db
              .selectFrom('attachmentContents')
              .select('content')
              .where('sha256', '=', sha256)
              .executeTakeFirstOrThrow()
          ).content,
        )
      : fs.readFileSync(path.join(folder, sha256));
  const tamperWith = async (sha256: string) => {
    if (engine === 'postgres') {
      await t.backend.context.db
        .updateTable('attachmentContents')
        .set({ content: Buffer.from('tampered') })
        .where('sha256', '=', sha256)
        .execute();
    } else {
      fs.writeFileSync(path.join(folder, sha256), 'tampered');
    }
  };
  const attach = async (fileName: string, content: string, correspondenceId = letterId) =>
    t.api('attachments.add', { correspondenceId, fileName, stagedFileId: await t.stage(Buffer.from(content)) });
  const itemAttachments = async () =>
    (await t.api('correspondence.list', {})).find((item) => item.id === letterId)!.attachments;

  describe('attachments', () => {
    it('stores a copy under its hash (the folder beside the data file, or the office database), keeps the original name and gives the bytes back', async () => {
      const added = await attach('Home Office reply – 12 Jan.pdf', '%PDF-1.7 the reply');
      expect(added).toMatchObject({
        correspondenceId: letterId,
        fileName: 'Home Office reply – 12 Jan.pdf',
        sizeBytes: 18,
      });
      const sha256 = crypto.createHash('sha256').update('%PDF-1.7 the reply').digest('hex');
      expect(await storedFiles()).toEqual([sha256]);
      expect((await storedBytes(sha256)).toString()).toBe('%PDF-1.7 the reply');
      // Office mode keeps nothing on this laptop.
      expect(fs.existsSync(folder)).toBe(engine === 'sqlite');
      expect(await itemAttachments()).toEqual([added]);

      const file = await t.api('attachments.download', { id: added.id });
      expect(file.fileName).toBe('Home Office reply – 12 Jan.pdf');
      expect((await t.download(file)).toString()).toBe('%PDF-1.7 the reply');
      // Fetched once: the prepared copy is gone afterwards (the attachment itself stays).
      await expect(t.download(file)).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
    });

    it('stores the same file attached twice once, and removes the copy only when nothing refers to it', async () => {
      const first = await attach('scan.png', 'same bytes');
      const second = await attach('scan (copy).png', 'same bytes');
      expect(await storedFiles()).toHaveLength(1);
      expect((await itemAttachments()).map((a) => a.fileName)).toEqual(['scan.png', 'scan (copy).png']);

      await t.api('attachments.remove', { id: first.id });
      expect(await storedFiles()).toHaveLength(1);
      await t.api('attachments.remove', { id: second.id });
      expect(await storedFiles()).toEqual([]);
      expect(await itemAttachments()).toEqual([]);
    });

    it('never lets a file name become a path', async () => {
      const windows = await attach('C:\\Users\\sam\\Documents\\letter.docx', 'a');
      const escaping = await attach('../../../etc/passwd', 'b');
      expect([windows.fileName, escaping.fileName]).toEqual(['letter.docx', 'passwd']);
      expect((await storedFiles()).every((name) => /^[0-9a-f]{64}$/.test(name))).toBe(true);
      if (engine === 'sqlite') {
        expect(fs.readdirSync(t.dir).sort()).toEqual(expect.arrayContaining(['attachments', 'postbag.sqlite']));
      }
      await expect(attach('bad\u0007name.txt', 'c')).rejects.toMatchObject({ error: { code: 'VALIDATION' } });
    });

    it('refuses names with hidden text-direction marks that disguise the file type', async () => {
      for (const disguised of ['invoice\u202Egnp.exe', 'report\u2067fdp.scr\u2069', 'a\u200Fb.txt']) {
        await expect(attach(disguised, 'payload')).rejects.toMatchObject({
          error: { code: 'VALIDATION', message: expect.stringMatching(/hidden text-direction characters/) },
        });
      }
      expect(await storedFiles()).toEqual([]);
    });

    it('never deletes a copy being added while others are removed: hundreds of concurrent pairs, none lost', async () => {
      const PAIRS = 200;
      const earlier = await Promise.all(
        Array.from({ length: PAIRS }, (_, i) => attach(`old ${i}.pdf`, `content ${i}`)),
      );
      const outcomes = await Promise.all(
        earlier.flatMap((old, i) => [
          t.api('attachments.remove', { id: old.id }).then(() => null),
          // The same bytes as the copy being removed, and new bytes: both must survive the clean-up.
          attach(`same ${i}.pdf`, `content ${i}`),
          attach(`new ${i}.pdf`, `fresh ${i}`),
        ]),
      );
      const added = outcomes.filter((outcome) => outcome !== null);
      expect(added).toHaveLength(PAIRS * 2);
      const lost: string[] = [];
      for (const attachment of added) {
        await t.api('attachments.download', { id: attachment.id }).catch(() => lost.push(attachment.fileName));
      }
      expect(lost).toEqual([]);
      expect(await storedFiles()).toHaveLength(PAIRS * 2);
    }, 30_000);

    it('refuses an empty or over-size file, or one for a letter that does not exist, storing nothing', async () => {
      await expect(attach('empty.txt', '')).rejects.toMatchObject({
        error: { code: 'VALIDATION', message: expect.stringMatching(/empty/) },
      });
      const tooBig = await t.stage(Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 1));
      await expect(
        t.api('attachments.add', { correspondenceId: letterId, fileName: 'huge.tif', stagedFileId: tooBig }),
      ).rejects.toMatchObject({ error: { code: 'VALIDATION', message: expect.stringContaining('larger than 20 MB') } });
      await expect(attach('reply.pdf', 'x', 9999)).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(await storedFiles()).toEqual([]);
      expect(await itemAttachments()).toEqual([]);
    });

    it('leaves no copy behind when recording the attachment fails', async () => {
      const { db } = t.backend.context;
      if (engine === 'postgres') {
        await sql`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$`.execute(
          db,
        );
        await sql`CREATE TRIGGER refuse BEFORE INSERT ON correspondence_attachments FOR EACH ROW EXECUTE FUNCTION refuse()`.execute(
          db,
        );
      } else {
        await sql`CREATE TRIGGER refuse BEFORE INSERT ON correspondence_attachments
        BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`.execute(db);
      }
      await expect(attach('reply.pdf', 'never recorded')).rejects.toMatchObject({ error: { code: 'INTERNAL' } });
      expect(await storedFiles()).toEqual([]);
      expect(await itemAttachments()).toEqual([]);
    });

    it('will not hand out a copy that was changed where it is stored', async () => {
      const added = await attach('reply.pdf', 'original');
      await tamperWith((await storedFiles())[0]!);
      await expect(t.api('attachments.download', { id: added.id })).rejects.toMatchObject({
        error: { code: 'CONFLICT', message: expect.stringContaining('reply.pdf has been changed or damaged') },
      });
    });

    it('removes the copies of files attached to example letters along with the example office', async () => {
      await t.api('exampleData.load', {});
      const example = (await t.api('correspondence.list', {})).find((item) => item.id !== letterId)!;
      await attach('example scan.png', 'example bytes', example.id);
      await attach('real reply.pdf', 'real bytes');
      expect(await storedFiles()).toHaveLength(2);
      await t.api('exampleData.remove', {});
      expect(await storedFiles()).toHaveLength(1);
      expect((await itemAttachments()).map((a) => a.fileName)).toEqual(['real reply.pdf']);
    });
  });
});
