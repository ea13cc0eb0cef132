import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../../shared/contract/errors';
import { renderInApp } from '../../test-utils';
import { ConstituentForm } from './ConstituentForm';

describe('ConstituentForm', () => {
  it('shows each problem next to its field and does not submit', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderInApp(<ConstituentForm submitLabel="Save constituent" onSubmit={onSubmit} />);

    await user.type(screen.getByLabelText('Postcode'), 'RM9 6CX');
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save constituent' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/First name/)).toHaveAccessibleDescription('Enter a first name');
    expect(screen.getByLabelText(/Last name/)).toHaveAccessibleDescription('Enter a last name');
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription('Enter a real UK postcode, like RM9 6XX');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com');
    // What was typed stays.
    expect(screen.getByLabelText('Postcode')).toHaveValue('RM9 6CX');
  });

  it('asks for at least one way to contact them', async () => {
    const user = userEvent.setup();
    renderInApp(<ConstituentForm submitLabel="Save" onSubmit={vi.fn()} />);
    await user.type(screen.getByLabelText(/First name/), 'Ada');
    await user.type(screen.getByLabelText(/Last name/), 'Shah');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/at least one way to contact them/);
  });

  it('can be filled in and submitted with the keyboard alone', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderInApp(<ConstituentForm submitLabel="Save constituent" onSubmit={onSubmit} />);

    await user.tab(); // Title
    await user.tab();
    expect(screen.getByLabelText(/First name/)).toHaveFocus();
    await user.keyboard('Ada');
    await user.tab();
    await user.keyboard('Shah');
    await user.tab();
    expect(screen.getByLabelText('Postcode')).toHaveFocus();
    await user.keyboard(' rm10 8ab ');
    await user.click(screen.getByLabelText('Email'));
    await user.keyboard('ada@example.org{Enter}');

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ firstName: 'Ada', lastName: 'Shah', email: 'ada@example.org' });
    expect(onSubmit.mock.calls[0]![1]).toBe(false);
  });

  it('shows a duplicate warning with links and lets the user save anyway', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const conflict = new ApiCallError({
      code: 'CONFLICT',
      message: 'Ada Shah already has a record with the same email. Open it, or save this one anyway.',
      details: {
        duplicates: [
          { id: 4, fullName: 'Ada Shah', postcode: 'RM10 8AB', email: 'ada@example.org', matchedOn: 'email' },
        ],
      },
    });
    renderInApp(
      <ConstituentForm
        submitLabel="Save"
        onSubmit={onSubmit}
        error={conflict}
        initialValues={{
          title: '',
          firstName: 'Ada',
          lastName: 'Shah',
          email: 'ada@example.org',
          phone: '',
          addressLine1: '',
          addressLine2: '',
          town: '',
          postcode: '',
          preferredContact: 'email',
          doNotContact: false,
          salutation: 'title_surname',
        }}
      />,
    );
    expect(screen.getByRole('link', { name: 'Ada Shah' })).toHaveAttribute('href', '/constituents/4');
    await user.click(screen.getByRole('button', { name: 'Save anyway' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ email: 'ada@example.org' }), true);
  });

  it('puts the server’s field messages beside the fields', async () => {
    const error = new ApiCallError({
      code: 'VALIDATION',
      message: 'Please check the details',
      fields: { postcode: ['Enter a real UK postcode, like RM9 6XX'] },
    });
    renderInApp(<ConstituentForm submitLabel="Save" onSubmit={vi.fn()} error={error} />);
    expect(await screen.findByLabelText('Postcode')).toHaveAccessibleDescription(
      'Enter a real UK postcode, like RM9 6XX',
    );
  });
});
