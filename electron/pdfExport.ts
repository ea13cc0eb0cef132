import { z } from 'zod';
import { isAppUrl } from './navigationGuards';
import type { InvokeEventLike } from './ipcAdapter';

/** The Electron pieces a PDF save needs, passed in so this stays testable in plain Node. */
export interface PdfHost {
  printToPdf(): Promise<Uint8Array>;
  /** The path the user chose in the save dialog, or null when they cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

const savePdfRequest = z.object({
  suggestedName: z
    .string()
    .max(120)
    .regex(/^[^/\\:*?"<>|\0]+\.pdf$/, 'A file name ending .pdf, without folders'),
});

export type SavePdfResult = { saved: true; path: string } | { saved: false; reason: 'cancelled' | 'refused' };

/** `ipcMain.handle` callback for Save as PDF: the app's own frame only, a plain file name only. */
export function createSavePdfHandler(hostFor: (event: InvokeEventLike) => PdfHost) {
  return async (event: InvokeEventLike, request: unknown): Promise<SavePdfResult> => {
    const parsed = savePdfRequest.safeParse(request);
    if (!isAppUrl(event.senderFrame?.url) || !parsed.success) return { saved: false, reason: 'refused' };
    const host = hostFor(event);
    const path = await host.chooseSavePath(parsed.data.suggestedName);
    if (!path) return { saved: false, reason: 'cancelled' };
    await host.writeFile(path, await host.printToPdf());
    return { saved: true, path };
  };
}
