import { TEXT_LIMITS, tooLongMessage } from '@tandem/shared';
import { ApiError } from './graphql-client';
import { apiFieldErrors, tooLong } from './validation';

describe('apiFieldErrors', () => {
  it('maps the API’s field messages onto the form’s fields', () => {
    const error = new ApiError('BAD_USER_INPUT', 'Use at most 120 characters.; Enter a valid e-mail address', null, {
      fieldErrors: { name: tooLongMessage(120), email: 'Enter a valid e-mail address', 'adHoc.startsAt': 'Enter a date-time' },
    });
    expect(apiFieldErrors(error, ['name', 'email', 'jobTitle'] as const)).toEqual({ name: 'Use at most 120 characters.', email: 'Enter a valid e-mail address' });
    expect(apiFieldErrors(error, ['startsAt'] as const)).toEqual({ startsAt: 'Enter a date-time' });
  });

  it('uses a service’s single field with its message, and ignores other errors', () => {
    expect(apiFieldErrors(new ApiError('BAD_USER_INPUT', 'to must be after from', null, { field: 'to' }), ['to'] as const)).toEqual({ to: 'to must be after from' });
    expect(apiFieldErrors(new ApiError('CONFLICT', 'Changed elsewhere', null, { field: 'name' }), ['name'] as const)).toEqual({});
    expect(apiFieldErrors(null, ['name'] as const)).toEqual({});
  });
});

describe('tooLong', () => {
  it('says what the API says', () => {
    expect(tooLong('x'.repeat(TEXT_LIMITS.personName + 1), TEXT_LIMITS.personName)).toBe('Use at most 120 characters.');
    expect(tooLong('x'.repeat(TEXT_LIMITS.personName), TEXT_LIMITS.personName)).toBeUndefined();
  });
});
