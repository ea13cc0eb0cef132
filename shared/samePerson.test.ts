import { describe, expect, it } from 'vitest';
import { emailKey, nameKey } from './samePerson';

describe('the same person', () => {
  it('compares names without case, accents, punctuation or spacing', () => {
    const same = [
      ["Zoë O'Brien", 'zoe obrien'],
      ['ZOE O’BRIEN', 'Zoe OBrien'],
      ['Mary-Jane McDonald', 'mary jane mc donald'],
      ['  Siân   Jones. ', 'Sian Jones'],
      ['Jürgen Straße', 'jurgen strasse'],
    ];
    for (const [a, b] of same) expect(nameKey(a!), `${a} / ${b}`).toBe(nameKey(b!));
    expect(nameKey('Jo Smith')).not.toBe(nameKey('Jo Smyth'));
  });

  it('compares e-mail addresses without case or surrounding space', () => {
    expect(emailKey(' Grace.Mensah@Example.ORG ')).toBe('grace.mensah@example.org');
  });
});
