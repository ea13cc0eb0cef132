import { foldText } from './textMatching';

/** A piece of a quoted text: `match` where it holds a searched word. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

// Words (an e-mail address, O'Brien or a reference as one) and the gaps between them.
const WORD_OR_GAP = /[\p{L}\p{N}]+(?:[@.'’-][\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu;

/** Whether a word of the text holds one of the (folded) searched words, as the index found it. */
function holdsSearchedWord(word: string, searched: readonly string[]): boolean {
  const folded = foldText(word);
  const joined = folded.replaceAll(' ', '');
  return searched.some((w) => folded.includes(w) || joined.includes(w));
}

/**
 * The part of a text around its first word holding a searched word, about `reach` characters either
 * side (cut at words, "…" where cut), every such word marked; null when no word holds one.
 */
export function snippetOf(text: string, searched: readonly string[], reach = 80): SnippetPart[] | null {
  const pieces = (text.replace(/\s+/g, ' ').trim().match(WORD_OR_GAP) ?? []).map((piece) => ({
    text: piece,
    match: /^[\p{L}\p{N}]/u.test(piece) && holdsSearchedWord(piece, searched),
  }));
  const first = pieces.findIndex((piece) => piece.match);
  if (first === -1) return null;
  let start = first;
  for (let length = 0; start > 0 && length + pieces[start - 1]!.text.length <= reach; start--) {
    length += pieces[start - 1]!.text.length;
  }
  let end = first + 1;
  for (
    let length = pieces[first]!.text.length;
    end < pieces.length && length + pieces[end]!.text.length <= reach * 2;
    end++
  ) {
    length += pieces[end]!.text.length;
  }
  const parts: SnippetPart[] = [];
  const add = (part: SnippetPart) => {
    const last = parts.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else parts.push({ ...part });
  };
  if (start > 0) add({ text: '…', match: false });
  for (const piece of pieces.slice(start, end)) add(piece);
  if (end < pieces.length) add({ text: '…', match: false });
  return parts;
}
