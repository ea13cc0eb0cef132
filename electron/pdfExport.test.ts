import { describe, expect, it } from 'vitest';
import { createSavePdfHandler, type PdfHost } from './pdfExport';

function recordingHost(choice: string | null) {
  const written: { path: string; data: Uint8Array }[] = [];
  const host: PdfHost = {
    printToPdf: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    chooseSavePath: async (name) => (choice === null ? null : `${choice}/${name}`),
    writeFile: async (path, data) => void written.push({ path, data }),
  };
  return { host, written };
}

const appFrame = { senderFrame: { url: 'app://postbag/index.html#/campaigns/1/summary' } };

describe('Save as PDF (desktop)', () => {
  it('prints the page and writes it where the user chose', async () => {
    const { host, written } = recordingHost('/home/sam/Documents');
    const handle = createSavePdfHandler(() => host);
    expect(await handle(appFrame, { suggestedName: 'Police campaign summary.pdf' })).toEqual({
      saved: true,
      path: '/home/sam/Documents/Police campaign summary.pdf',
    });
    expect(written).toHaveLength(1);
    expect(Buffer.from(written[0]!.data).toString()).toBe('%PDF');
  });

  it('writes nothing when the user cancels', async () => {
    const { host, written } = recordingHost(null);
    expect(await createSavePdfHandler(() => host)(appFrame, { suggestedName: 'x.pdf' })).toEqual({
      saved: false,
      reason: 'cancelled',
    });
    expect(written).toEqual([]);
  });

  it('refuses other senders and names with folders in them', async () => {
    const { host, written } = recordingHost('/tmp');
    const handle = createSavePdfHandler(() => host);
    expect(await handle({ senderFrame: { url: 'https://evil.example/' } }, { suggestedName: 'x.pdf' })).toEqual({
      saved: false,
      reason: 'refused',
    });
    for (const suggestedName of ['../../etc/x.pdf', 'C:\\\\x.pdf', 'x.exe', '']) {
      expect(await handle(appFrame, { suggestedName })).toEqual({ saved: false, reason: 'refused' });
    }
    expect(written).toEqual([]);
  });
});
