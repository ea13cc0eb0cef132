import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../shared/contract/uploads';
import { makeTempDir } from '../support/tempBackend';
import { chooseFile } from './support/fileChooser';
import { AppSession } from './support/session';

let app: AppSession;
beforeEach(async () => {
  app = await AppSession.start();
});
afterEach(async () => {
  await app?.close();
});

/** Another program's server on this computer, on another port: it records what the browser sends it. */
async function otherLocalServer(): Promise<{ url: string; received: http.IncomingHttpHeaders[]; close(): void }> {
  const received: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    received.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () => server.close(),
  };
}

describe('the browser host in Chromium', () => {
  it('hands no credential to another server on 127.0.0.1, and drops the key from the address bar', async () => {
    const { page } = app;
    const secret = new URL(app.serve.url).searchParams.get('key')!;
    expect(page.url()).not.toContain(secret);
    await app.goto('/constituents');
    await page.getByRole('heading', { level: 1, name: 'Constituents' }).waitFor();

    const other = await otherLocalServer();
    try {
      await page.goto(other.url);
      await page.goto(`${other.url}api`);
      expect(other.received.length).toBeGreaterThanOrEqual(2);
      for (const headers of other.received) {
        expect(headers.cookie).toBeUndefined();
        expect(JSON.stringify(headers)).not.toContain(secret);
      }
    } finally {
      other.close();
    }
  });

  it('shows an over-size file as "The file is too large (50 MB at most)."', async () => {
    const { page } = app;
    await app.goto('/campaigns/new');
    await page.getByLabel('Title').fill('Big file');
    await page.getByLabel('The ask').fill('Test the size limit.');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { level: 1, name: 'Big file' }).waitFor();
    await page.getByRole('link', { name: 'Import signatures' }).click();

    const huge = path.join(makeTempDir('postbag-huge-'), 'huge.csv');
    const row = 'Signer Name,signer@example.org,RM9 6XX,24/10/2019\n';
    fs.writeFileSync(
      huge,
      `Name,Email,Postcode,Signed\n${row.repeat(Math.ceil((MAX_UPLOAD_BYTES * 1.05) / row.length))}`,
    );
    await chooseFile(page, 'CSV file or Excel workbook', huge);
    await page.getByText('The file is too large (50 MB at most).').waitFor({ timeout: 60_000 });
    expect(await page.getByText('Failed to fetch').count()).toBe(0);
  });
});
