import { describe, expect, it } from 'vitest';
import { foldText, phoneDigits, wordMatch } from './textMatching';

describe('text matching', () => {
  it('folds case, accents and apostrophes', () => {
    expect(foldText('  Zoë BRONTË ')).toBe('zoe bronte');
    expect(foldText("Siân O'Brien-Jones")).toBe('sian obrien jones');
    expect(foldText('Łukasz Straße')).toBe('lukasz strasse');
    expect(foldText('jo.smith@Example.org')).toBe('jo.smith@example.org');
  });

  it('reads UK phone numbers in any format', () => {
    for (const typed of [
      '07700 900123',
      '+44 7700 900123',
      '+44 (0)7700 900 123',
      '0044-7700-900-123',
      '(07700) 900123',
    ]) {
      expect(phoneDigits(typed), typed).toBe('07700900123');
    }
  });

  it('matches a word exactly, as a prefix, or within a slip', () => {
    expect(wordMatch('whitfield', 'whitfield')).toBe('exact');
    expect(wordMatch('whit', 'whitfield')).toBe('prefix');
    expect(wordMatch('whitfeld', 'whitfield')).toBe('close');
    expect(wordMatch('whtifield', 'whitfield')).toBe('close');
    expect(wordMatch('smiht', 'smith')).toBe('close');
    expect(wordMatch('ann', 'ian')).toBeNull();
    expect(wordMatch('brown', 'green')).toBeNull();
  });
});
