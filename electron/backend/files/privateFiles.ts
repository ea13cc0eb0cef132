import fs from 'node:fs/promises';

/** Zeroes a file's bytes on disk before unlinking it, so personal data is not left readable in free space. */
export async function overwriteAndDelete(file: string): Promise<void> {
  try {
    const handle = await fs.open(file, 'r+');
    try {
      const { size } = await handle.stat();
      await handle.write(Buffer.alloc(size), 0, size, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return;
    throw error;
  }
  await fs.rm(file, { force: true });
}
