import { TEXT_LIMITS, tooLongMessage } from '@tandem/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TextAreaField, TextField } from './text-field';

function Controlled({ initial = '', max }: { initial?: string; max: number }) {
  const [value, setValue] = useState(initial);
  return <TextField label="Job title" maxLength={max} value={value} onChange={(e) => setValue(e.target.value)} />;
}

describe('TextField limits', () => {
  it('shows no counter far from the limit, then the count near it, tied to the input', async () => {
    render(<Controlled max={10} />);
    const input = screen.getByRole('textbox', { name: 'Job title' });
    expect(input).toHaveAttribute('maxLength', '10');
    await userEvent.type(input, 'Coach');
    expect(screen.queryByText(/characters$/)).not.toBeInTheDocument();
    await userEvent.type(input, 'ing');
    expect(screen.getByText('8 of 10 characters')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription('8 of 10 characters');
    // The browser stops typing at the limit.
    await userEvent.type(input, 'xyz');
    expect(input).toHaveValue('Coachingxy');
    expect(screen.getByText('10 of 10 characters')).toBeInTheDocument();
  });

  it('says the API’s own sentence for a text that is already too long', () => {
    render(<Controlled max={TEXT_LIMITS.jobTitle} initial={'x'.repeat(TEXT_LIMITS.jobTitle + 1)} />);
    const input = screen.getByRole('textbox', { name: 'Job title' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(tooLongMessage(TEXT_LIMITS.jobTitle)));
    expect(screen.getByText('Use at most 120 characters.')).toBeInTheDocument();
  });

  it('prefers the form’s own error, and counts uncontrolled fields too', async () => {
    render(<TextField label="Name" maxLength={5} defaultValue="abcd" error="Enter a name." />);
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByText('4 of 5 characters')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'e');
    expect(screen.getByText('5 of 5 characters')).toBeInTheDocument();
  });
});

describe('TextAreaField limits', () => {
  it('always shows the count, with thousands grouped as the API writes them', async () => {
    render(<TextAreaField label="Details" maxLength={TEXT_LIMITS.annotationDetails} defaultValue="" />);
    expect(screen.getByText('0 of 2,000 characters')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Details' }), 'Team day');
    expect(screen.getByText('8 of 2,000 characters')).toBeInTheDocument();
  });
});

describe('Date fields', () => {
  it('say the date they hold in the same words as the rest of the app', () => {
    render(<TextField label="From" type="date" value="2026-12-01" onChange={() => undefined} />);
    const input = screen.getByLabelText('From');
    expect(input).toHaveAccessibleDescription('Tuesday, 1 December 2026');
    expect(screen.getByText('Tuesday, 1 December 2026')).toBeInTheDocument();
  });

  it('say nothing for an empty date', () => {
    render(<TextField label="From" type="date" value="" onChange={() => undefined} />);
    expect(screen.getByLabelText('From')).not.toHaveAccessibleDescription();
  });
});
