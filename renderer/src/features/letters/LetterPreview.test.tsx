import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mergeTemplate } from '../../../../shared/letters/mergeFields';
import { renderInApp } from '../../test-utils';
import { LetterPreview } from './LetterPreview';

describe('the letter preview', () => {
  it('prints markup in a constituent’s name as the characters typed, never as HTML', () => {
    const merged = mergeTemplate('Dear {{constituent.fullName}},', {
      today: '2026-11-24',
      constituent: {
        title: '',
        firstName: '<img src=x onerror=alert(1)>',
        lastName: '<b>Bob</b>',
        salutation: 'title_surname',
        addressLine1: '',
        addressLine2: '',
        town: '',
        postcode: '',
      },
    });
    renderInApp(
      <LetterPreview letterhead={{ mpName: 'Jon Cruddas MP', officeAddress: '', logo: null }} merged={merged} />,
    );
    const sheet = screen.getByRole('article', { name: 'Letter preview' });
    expect(sheet.textContent).toContain('Dear <img src=x onerror=alert(1)> <b>Bob</b>,');
    expect(sheet.querySelector('img, b')).toBeNull();
  });
});
