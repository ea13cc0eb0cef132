import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../shared/contract/events';
import type { JobStatus } from '../../shared/contract/jobs';
import { runJob } from '../../shared/contract/runJob';
import { csvBytes, signatureCsv, signers } from '../support/csvFiles';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('jobs', (engine) => {
  let t: TempBackend;
  let campaignId: number;
  beforeAll(async () => {
    t = await startTempBackend({ engine });
    ({ id: campaignId } = await t.api('campaigns.create', {
      title: 'More police',
      kind: 'petition',
      startedOn: '2019-09-01',
    }));
  });
  afterAll(async () => {
    await t.close();
  });

  const MAPPING = { fullName: 0, email: 1, postcode: 2, signedOn: 3 };
  const signatureCount = async () => (await t.api('campaigns.get', { id: campaignId })).stats.total;

  /** Every job event the backend sends, while `work` runs. */
  async function jobEventsDuring<T>(work: () => Promise<T>): Promise<{ value: T; statuses: JobStatus[] }> {
    const statuses: JobStatus[] = [];
    const stop = t.backend.subscribe((event: ServerEvent) => {
      if (event.type === 'job') statuses.push(event.job);
    });
    try {
      return { value: await work(), statuses };
    } finally {
      stop();
    }
  }

  describe('long jobs', () => {
    it('run an import off the calling thread, telling its progress, its result and what it changed', async () => {
      const stagedFileId = await t.stage(csvBytes(signatureCsv(signers(12_000))), 'petition.csv');
      const { value: outcome, statuses } = await jobEventsDuring(() =>
        runJob(t.api, 'signatures.import', { campaignId, fileName: 'petition.csv', stagedFileId, mapping: MAPPING }),
      );
      expect(outcome.result.imported).toBe(12_000);
      expect(outcome.changes).toEqual([{ entity: 'signature_batch', id: outcome.result.batchId }]);
      expect(statuses[0]).toMatchObject({ method: 'signatures.import', state: 'running', done: 0 });
      expect(statuses.some((s) => s.state === 'running' && s.done > 0 && s.done < s.total)).toBe(true);
      expect(statuses.at(-1)).toMatchObject({ state: 'done', done: 12_000, total: 12_000 });
      expect(await signatureCount()).toBe(12_000);
    });

    it('cancelled half-way, writes nothing, and the upload stays for another go', async () => {
      const before = await signatureCount();
      const stagedFileId = await t.stage(csvBytes(signatureCsv(signers(150_000, 100_000))), 'big.csv');
      const { jobId } = await t.api('signatures.import', { campaignId, stagedFileId, mapping: MAPPING });
      const halfWay = new Promise<JobStatus>((resolve) => {
        const stop = t.backend.subscribe((event) => {
          if (event.type === 'job' && event.job.jobId === jobId && event.job.done > 0) {
            stop();
            resolve(event.job);
          }
        });
      });
      const seen = await halfWay;
      expect(seen.done).toBeLessThan(seen.total);
      expect(await t.api('jobs.cancel', { jobId })).toEqual({ cancelled: true });
      await expect(t.api('jobs.result', { jobId })).rejects.toMatchObject({
        error: { code: 'CANCELLED', message: 'Cancelled: nothing was saved.' },
      });
      expect(await signatureCount()).toBe(before);
      const batches = await t.backend.context.db.selectFrom('signatureBatches').select('fileName').execute();
      expect(batches.map((b) => b.fileName)).not.toContain('big.csv');
      expect(fs.existsSync(t.backend.context.staging.locate(stagedFileId).path)).toBe(true);
      expect(await t.api('jobs.cancel', { jobId })).toEqual({ cancelled: false });
      // 150,000 rows staged and half imported: seconds of real work, more on PostgreSQL on a busy machine.
    }, 20_000);

    it('keeps answering other calls while a 5,000-letter Word file is built', async () => {
      const rows = ['Name,Postcode,Address'];
      for (let i = 0; i < 5_000; i++)
        rows.push(`Supporter ${i},RM9 ${(i % 9) + 1}XX,"${(i % 300) + 1} Heathway, Dagenham"`);
      const { id: replyCampaign } = await t.api('campaigns.create', {
        title: 'Reply',
        kind: 'petition',
        startedOn: '2019-09-01',
      });
      const stagedFileId = await t.stage(Buffer.from(rows.join('\n')), 'supporters.csv');
      const preview = await t.job('signatures.previewImport', { campaignId: replyCampaign, stagedFileId });
      await t.job('signatures.import', { campaignId: replyCampaign, stagedFileId, mapping: preview.mapping });

      let finished = false;
      const building = runJob(t.api, 'letters.exportStandardReplyDocx', {
        campaignId: replyCampaign,
        subject: 'Your petition',
        body: 'Dear {{constituent.salutation}},\n\nThe Home Office has replied to the petition.',
      }).then((outcome) => {
        finished = true;
        return outcome;
      });
      const answeredWhileBuilding: boolean[] = [];
      for (let i = 0; i < 5; i++) {
        await t.api('system.health', {});
        answeredWhileBuilding.push(!finished);
      }
      const { result } = await building;
      expect(result.fileName).toBe('Your petition - 5,000 letters.docx');
      expect(answeredWhileBuilding).toEqual([true, true, true, true, true]);
    }, 20_000);

    it('refuses at once a job whose upload is gone', async () => {
      await expect(
        t.api('signatures.previewImport', { campaignId, stagedFileId: '0123456789abcdef0123456789abcdef' }),
      ).rejects.toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('choose it again') } });
    });
  });
});
