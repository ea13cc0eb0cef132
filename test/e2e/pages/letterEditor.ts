import type { Locator } from 'playwright-core';

/**
 * Replaces text in the letter editor as a person selecting it and typing over it would: the DOM
 * selection is set on the text (ProseMirror follows it), then the replacement is typed.
 */
export async function replaceInLetter(editor: Locator, text: string, replacement: string): Promise<void> {
  await editor.evaluate((element, wanted) => {
    (element as HTMLElement).focus();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the letter`);
  }, text);
  // Let ProseMirror read the new selection before typing over it.
  await editor.page().waitForTimeout(50);
  await editor.page().keyboard.type(replacement);
}
