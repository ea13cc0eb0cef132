import type { JSONContent } from '@tiptap/core';
import { templateParts } from '../../../../shared/letters/mergeFields';

export const MERGE_FIELD_NODE = 'mergeField';

/**
 * Templates and letters are stored as plain text with `{{placeholders}}`; the editor holds a line
 * a paragraph and each placeholder as a chip node. Text becomes text nodes, never parsed as HTML.
 */
export function textToDocument(text: string): JSONContent {
  return {
    type: 'doc',
    content: text.split('\n').map((line) => {
      const content = templateParts(line).map((part) =>
        part.kind === 'text'
          ? { type: 'text', text: part.text }
          : { type: MERGE_FIELD_NODE, attrs: { name: part.name } },
      );
      return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
    }),
  };
}

export function documentToText(doc: JSONContent): string {
  return (doc.content ?? [])
    .map((paragraph) =>
      (paragraph.content ?? [])
        .map((node) => (node.type === MERGE_FIELD_NODE ? `{{${String(node.attrs?.name)}}}` : (node.text ?? '')))
        .join(''),
    )
    .join('\n');
}
