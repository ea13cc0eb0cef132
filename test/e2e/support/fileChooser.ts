import type { FileChooser, Page } from 'playwright-core';

/** Picks a file the way a person does: the labelled field opens the file chooser. */
export async function chooseFile(
  page: Page,
  label: string,
  file: Parameters<FileChooser['setFiles']>[0],
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByLabel(label, { exact: true }).click(),
  ]);
  await chooser.setFiles(file);
}
