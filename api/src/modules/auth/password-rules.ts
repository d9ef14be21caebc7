import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { maxLengthNote, PASSWORD_HINT, PASSWORD_MAX_LENGTH, passwordProblem, tooLongMessage } from '@tandem/shared';
import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import { IsOptional, IsString, MaxLength, registerDecorator, type ValidationArguments } from 'class-validator';
import { InvalidInputError } from '../../common/errors';

/**
 * The common-password list the rule checks against: the `passwords-common` dictionary of @zxcvbn-ts/language-common
 * (about 49,000 entries from breach corpora, lower-case). The web app's strength meter loads the same list, so the
 * form and the API refuse the same passwords with the same message. Loaded and built once, on first use: the package
 * holds about 2.5 MB of heap that a process which only signs people in never needs.
 */
let common: Set<string> | null = null;
function isCommon(lowerCased: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (synchronous: validators are)
  common ??= new Set((require('@zxcvbn-ts/language-common') as typeof ZxcvbnCommon).dictionary['passwords-common']);
  return common.has(lowerCased);
}

/** The first rule a new password breaks (as the shared plain-language message), or null. */
export function newPasswordProblem(password: string, userInputs: readonly (string | null | undefined)[] = []): string | null {
  return passwordProblem(password, { isCommon, userInputs });
}

/** Throws BAD_USER_INPUT with the shared message when `password` may not be chosen by this person. */
export function assertNewPassword(password: string, userInputs: readonly (string | null | undefined)[], field = 'password'): void {
  const problem = newPasswordProblem(password, userInputs);
  if (problem) throw new InvalidInputError(problem, { fields: [field], fieldErrors: { [field]: problem } });
}

/**
 * A new password in an input type: GraphQL `String` documented with the rule, checked with the shared rule
 * (`userInputs` picks the person's own words — name, e-mail, organisation — from the same input when it has them).
 * Only new passwords are checked; signing in with an older one keeps working.
 */
export function NewPasswordField(options: {
  userInputs?: (input: Record<string, unknown>) => unknown[];
  nullable?: boolean;
  description?: string;
} = {}): PropertyDecorator {
  const { userInputs, nullable } = options;
  const description = `${options.description ?? 'A new password.'} ${PASSWORD_HINT} Checked against a list of commonly used passwords. ${maxLengthNote(PASSWORD_MAX_LENGTH)}`;
  return applyDecorators(
    Field(() => String, { nullable, description }),
    ...(nullable ? [IsOptional()] : []),
    IsString({ message: 'Enter a password.' }),
    MaxLength(PASSWORD_MAX_LENGTH, { message: tooLongMessage(PASSWORD_MAX_LENGTH) }),
    (target: object, propertyName: string | symbol) => {
      registerDecorator({
        name: 'isAcceptableNewPassword',
        target: target.constructor,
        propertyName: String(propertyName),
        validator: {
          validate: (value: unknown, args: ValidationArguments) => {
            if (typeof value !== 'string' || value.length > PASSWORD_MAX_LENGTH) return true; // IsString / MaxLength report these
            const words = userInputs?.(args.object as Record<string, unknown>).filter((w): w is string => typeof w === 'string') ?? [];
            return newPasswordProblem(value, words) === null;
          },
          defaultMessage: (args?: ValidationArguments) => {
            const value = args?.value;
            const words = userInputs?.(args?.object as Record<string, unknown>).filter((w): w is string => typeof w === 'string') ?? [];
            return typeof value === 'string' ? (newPasswordProblem(value, words) ?? 'Choose another password.') : 'Enter a password.';
          },
        },
      });
    },
  );
}
