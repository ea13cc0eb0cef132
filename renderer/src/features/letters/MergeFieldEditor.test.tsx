import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { MergeFieldEditor } from './MergeFieldEditor';

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <MergeFieldEditor label="Letter" defaultValue={initial} onChange={setValue} />
      <output data-testid="stored">{value}</output>
    </>
  );
}

describe('the letter editor', () => {
  it('shows merge fields as labelled chips, unknown ones flagged, and markup as plain text', () => {
    renderInApp(<Harness initial={'Dear {{constituent.fullName}},\n<b>Bob</b> {{case.refrence}}'} />);
    const editor = screen.getByRole('textbox', { name: 'Letter' });
    expect(editor.querySelector('[data-merge-field="constituent.fullName"]')!.textContent).toBe('Constituent’s name');
    expect(editor.querySelector('[data-merge-field="case.refrence"]')!.textContent).toBe(
      'Not a merge field: case.refrence',
    );
    expect(editor.textContent).toContain('<b>Bob</b>');
    expect(editor.querySelector('b')).toBeNull();
    expect(editor.querySelectorAll('p')).toHaveLength(2);
  });

  it('inserts a chip from the palette and stores it as a placeholder', () => {
    renderInApp(<Harness initial="Dated " />);
    fireEvent.click(screen.getByRole('button', { name: 'Today’s date' }));
    expect(screen.getByTestId('stored').textContent).toMatch(/\{\{today\}\}/);
    expect(screen.getByRole('textbox', { name: 'Letter' }).querySelector('[data-merge-field="today"]')).not.toBeNull();
  });
});
