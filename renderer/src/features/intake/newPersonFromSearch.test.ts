import { describe, expect, it } from 'vitest';
import { newPersonFromSearch } from './newPersonFromSearch';

describe('a new person from what was searched', () => {
  it('puts a name into first and last name, capitalising lower case', () => {
    expect(newPersonFromSearch('grace mensah')).toMatchObject({ firstName: 'Grace', lastName: 'Mensah' });
    expect(newPersonFromSearch("mary o'brien-smith")).toMatchObject({ firstName: 'Mary', lastName: "O'Brien-Smith" });
    expect(newPersonFromSearch('Anne-Marie van der Berg')).toMatchObject({
      firstName: 'Anne-Marie van der',
      lastName: 'Berg',
    });
    expect(newPersonFromSearch('Whitfield')).toMatchObject({ firstName: '', lastName: 'Whitfield' });
  });

  it('recognises a phone number, an e-mail address and a postcode', () => {
    expect(newPersonFromSearch('07700 900123')).toMatchObject({ phone: '07700 900123', lastName: '' });
    expect(newPersonFromSearch('sam@example.org')).toMatchObject({ email: 'sam@example.org' });
    expect(newPersonFromSearch('rm96xx')).toMatchObject({ postcode: 'RM9 6XX' });
    expect(newPersonFromSearch('  ')).toMatchObject({ firstName: '', lastName: '', phone: '' });
  });
});
