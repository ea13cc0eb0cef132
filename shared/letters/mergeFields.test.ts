import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressBlock } from './addressBlock';
import { hasProblems, MERGE_FIELDS, mergedText, mergeTemplate, type MergeContext } from './mergeFields';

const full: MergeContext = {
  today: '2026-11-24',
  constituent: {
    title: 'Ms',
    firstName: 'Amara',
    lastName: 'Okafor',
    salutation: 'title_surname',
    addressLine1: '14 Heathway',
    addressLine2: '',
    town: 'Dagenham',
    postcode: 'RM9 6XX',
  },
  case: { reference: 'PB-2026-0001', title: 'Spouse visa delay' },
  organisation: {
    name: 'Home Office',
    address: '2 Marsham Street\nLONDON\nSW1P 4DF',
    recipientName: 'The Rt Hon Jane Smith MP',
    recipientRole: 'Home Secretary',
  },
  campaign: { title: 'More police', ask: 'More officers on our streets', signatures: 5000 },
  mp: { name: 'Jon Cruddas MP', constituency: 'Dagenham and Rainham' },
  office: { address: 'House of Commons\nLONDON\nSW1A 0AA' },
  previous: { subject: 'Spouse visa application', sentOn: '2025-12-18' },
};

const EXPECTED: [string, string][] = [
  ['constituent.fullName', 'Ms Amara Okafor'],
  ['constituent.firstName', 'Amara'],
  ['constituent.salutation', 'Ms Okafor'],
  ['constituent.address', 'Ms Amara Okafor\n14 Heathway\nDAGENHAM\nRM9 6XX'],
  ['case.reference', 'PB-2026-0001'],
  ['case.title', 'Spouse visa delay'],
  ['organisation.name', 'Home Office'],
  ['organisation.address', 'The Rt Hon Jane Smith MP\nHome Secretary\nHome Office\n2 Marsham Street\nLONDON\nSW1P 4DF'],
  ['campaign.title', 'More police'],
  ['campaign.ask', 'More officers on our streets'],
  ['campaign.signatures', '5,000'],
  ['mp.name', 'Jon Cruddas MP'],
  ['office.address', 'House of Commons\nLONDON\nSW1A 0AA'],
  ['previous.subject', 'Spouse visa application'],
  ['previous.date', '18 December 2025'],
  ['today', '24 November 2026'],
  ['signature', 'Jon Cruddas MP\nMember of Parliament for Dagenham and Rainham'],
];

describe('merge fields', () => {
  it.each(EXPECTED)('{{%s}} → %j', (name, value) => {
    expect(mergedText(mergeTemplate(`[{{${name}}}]`, full))).toBe(`[${value}]`);
  });

  it('are all tested above, and only those', () => {
    expect(EXPECTED.map(([name]) => name).sort()).toEqual(Object.keys(MERGE_FIELDS).sort());
  });

  it('flags missing values and unknown names instead of printing blanks or braces', () => {
    const result = mergeTemplate('Dear {{constituent.firstName}}, re {{case.reference}} {{case.refrence}}', {
      today: '2026-11-24',
      constituent: { ...full.constituent!, firstName: '' },
    });
    expect(result.missing).toEqual(['constituent.firstName', 'case.reference']);
    expect(result.unknown).toEqual(['case.refrence']);
    expect(() => mergedText(result)).toThrow(/cannot be finished/);
  });

  it('treats an address without a postcode as missing', () => {
    expect(
      mergeTemplate('{{constituent.address}}', { ...full, constituent: { ...full.constituent!, postcode: '' } })
        .missing,
    ).toEqual(['constituent.address']);
  });

  it('keeps markup in values as plain text for the renderer to escape', () => {
    const ctx = { ...full, constituent: { ...full.constituent!, firstName: '<b>Bob</b>', title: '' } };
    const result = mergeTemplate('Dear {{constituent.firstName}}', ctx);
    expect(result.segments).toEqual([
      { kind: 'text', text: 'Dear ' },
      { kind: 'field', name: 'constituent.firstName', value: '<b>Bob</b>' },
    ]);
  });

  it('leaves text without placeholders or bracketed instructions exactly as it was', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{{') && !/\[[^\]\n]{4,}\]/.test(s)),
        (text) => {
          expect(mergedText(mergeTemplate(text, full))).toBe(text);
        },
      ),
    );
  });
});

describe('address block', () => {
  it('puts the post town in capitals and the postcode on its own line, skipping blanks', () => {
    expect(
      addressBlock({
        name: 'Tom Quinn',
        lines: ['Flat 2', '', '3 Ripple Road'],
        town: 'Barking',
        postcode: 'ig11 7qj',
      }),
    ).toEqual(['Tom Quinn', 'Flat 2', '3 Ripple Road', 'BARKING', 'IG11 7QJ']);
  });
});

describe('what keeps a letter from going out', () => {
  it('flags the template’s instructions in square brackets until they are replaced, but not [sic]', () => {
    const merged = mergeTemplate(
      'Dear {{constituent.salutation}},\n[Set out the constituent’s concern here.] Quote: "teh" [sic].',
      full,
    );
    expect(merged.instructions).toEqual(['[Set out the constituent’s concern here.]']);
    expect(hasProblems(merged)).toBe(true);
    expect(() => mergedText(merged)).toThrow();
    const done = mergeTemplate('Dear {{constituent.salutation}},\nThe roof leaks. Quote: "teh" [sic].', full);
    expect(hasProblems(done)).toBe(false);
    expect(mergedText(done)).toBe('Dear Ms Okafor,\nThe roof leaks. Quote: "teh" [sic].');
  });

  it('greets by title and surname, or by first name, as the constituent prefers; never a guessed title', () => {
    const greet = (constituent: Partial<NonNullable<MergeContext['constituent']>>) =>
      mergedText(
        mergeTemplate('Dear {{constituent.salutation}}', {
          ...full,
          constituent: { ...full.constituent!, ...constituent },
        }),
      );
    expect(greet({})).toBe('Dear Ms Okafor');
    expect(greet({ salutation: 'first_name' })).toBe('Dear Amara');
    expect(greet({ title: '' })).toBe('Dear Amara Okafor');
  });
});
