import { PASSWORD_MESSAGES, passwordProblem, passwordStrengthLabel } from './password-policy';

const COMMON = new Set(['password', 'password1234', '123456789012', 'qwertyuiop12', 'monkey', 'iloveyou']);
const check = (password: string, userInputs: string[] = []) => passwordProblem(password, { isCommon: (w) => COMMON.has(w), userInputs });

describe('passwordProblem', () => {
  it.each([
    ['ten spaces', ' '.repeat(10)],
    ['aaaaaaaaaa', 'aaaaaaaaaa'],
    ['1234567890', '1234567890'],
    ['password12', 'password12'],
    ['the 11-character demo password', 'tandem-demo'],
  ])('refuses %s as too short', (_label, password) => {
    expect(check(password)).toBe(PASSWORD_MESSAGES.tooShort);
  });

  it('counts characters as a person does (code points), not UTF-16 units', () => {
    expect(check('🙂🙂🙂🙂🙂🙂')).toBe(PASSWORD_MESSAGES.tooShort);
    expect(check('żółw-na-łące-śpi')).toBeNull();
  });

  it('refuses more than 256 characters', () => {
    expect(check('plum river lantern '.repeat(14))).toBe(PASSWORD_MESSAGES.tooLong);
  });

  it.each(['password1234', 'PASSWORD1234', '123456789012', '!!monkey!!!!!!', 'iloveyou2024!!'])('refuses the common password %s', (password) => {
    expect(check(password)).toBe(PASSWORD_MESSAGES.tooCommon);
  });

  it.each([' '.repeat(12), 'aaaaaaaaaaaa', 'abababababab', 'abcdabcdabcd', 'aaaa1111bbbb', 'abcdefghijkl', '987654321098', '234567890123'])(
    'refuses the repetitive or sequential %j', (password) => {
      expect(check(password)).toBe(PASSWORD_MESSAGES.tooSimple);
    },
  );

  it('refuses the person’s own name, e-mail or organisation, and the service name, dressed up or not', () => {
    const inputs = ['Samantha Rivera', 'samantha.rivera@example.org', 'Riverside Recovery'];
    expect(check('samantha.rivera@example.org', inputs)).toBe(PASSWORD_MESSAGES.personal);
    expect(check('Samantha.Rivera2024!', inputs)).toBe(PASSWORD_MESSAGES.personal);
    expect(check('riverside recovery', inputs)).toBe(PASSWORD_MESSAGES.personal);
    expect(check('tandemtandem1', inputs)).toBe(PASSWORD_MESSAGES.personal);
  });

  it('accepts long pass phrases without composition rules', () => {
    for (const password of ['correct-horse-battery', 'plum river lantern', 'all lowercase words here', 'tandem-demo-2026!', 'Samantha likes river walks']) {
      expect({ password, problem: check(password, ['Samantha Rivera', 'samantha.rivera@example.org']) }).toEqual({ password, problem: null });
    }
  });
});

describe('passwordStrengthLabel', () => {
  it('names each zxcvbn score and clamps out-of-range values', () => {
    expect([0, 1, 2, 3, 4].map(passwordStrengthLabel)).toEqual(['Very easy to guess', 'Easy to guess', 'Fair', 'Strong', 'Very strong']);
    expect(passwordStrengthLabel(7)).toBe('Very strong');
    expect(passwordStrengthLabel(-1)).toBe('Very easy to guess');
  });
});
