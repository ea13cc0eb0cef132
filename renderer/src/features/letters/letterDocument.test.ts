import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentToText, textToDocument } from './letterDocument';

describe('letter text ↔ editor document', () => {
  it('makes a paragraph a line and a chip a placeholder', () => {
    expect(textToDocument('Dear {{constituent.firstName}},\n\nThanks')).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Dear ' },
            { type: 'mergeField', attrs: { name: 'constituent.firstName' } },
            { type: 'text', text: ',' },
          ],
        },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Thanks' }] },
      ],
    });
  });

  it('keeps markup in text as text', () => {
    expect(textToDocument('<b>Bob</b> & <script>x</script>').content![0]!.content).toEqual([
      { type: 'text', text: '<b>Bob</b> & <script>x</script>' },
    ]);
  });

  it('gives back exactly the text it was given, for any text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[{}\r]/g, '')),
      fc.constantFrom('{{today}}', '{{constituent.address}}', '{{not.a.field}}', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(documentToText(textToDocument(text))).toBe(text);
      }),
    );
  });
});
