import { describe, expect, it } from 'vitest';
import { snippetOf } from './searchSnippet';

const marked = (parts: ReturnType<typeof snippetOf>) =>
  parts?.map((part) => (part.match ? `[${part.text}]` : part.text)).join('') ?? null;

describe('a search result’s snippet', () => {
  it('marks each word holding a searched word, whatever its accents, case or punctuation', () => {
    expect(marked(snippetOf('Met Zoë Brontë and O’Brien at the surgery.', ['zoe', 'obrien']))).toBe(
      'Met [Zoë] Brontë and [O’Brien] at the surgery.',
    );
    expect(marked(snippetOf('Write to zoe.bronte@example.org today', ['bronte']))).toBe(
      'Write to [zoe.bronte@example.org] today',
    );
    expect(marked(snippetOf('Housing officer', ['using']))).toBe('[Housing] officer');
  });

  it('quotes around the first word found, cut at words, with … where cut', () => {
    const long = `${'Before the visit. '.repeat(20)}The biometric appointment was missed. ${'After the visit. '.repeat(20)}`;
    const snippet = marked(snippetOf(long, ['biometric'], 40))!;
    expect(snippet).toMatch(/^…/);
    expect(snippet).toMatch(/…$/);
    expect(snippet).toContain('The [biometric] appointment was missed.');
    expect(snippet.length).toBeLessThan(140);
  });

  it('is null when no word holds a searched word', () => {
    expect(snippetOf('Nothing here', ['mould'])).toBeNull();
    expect(snippetOf('', ['mould'])).toBeNull();
  });
});
