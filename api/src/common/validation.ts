import { ValidationPipe, type PipeTransform, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from './errors';
import { fieldLabel, plainValidationMessage } from './validation-messages';
import { StorableTextPipe } from './text';

/**
 * class-validator over every input class. A failure is one BAD_USER_INPUT whose message lists every problem and whose
 * `extensions.fieldErrors` maps each field path (`name`, `adHoc.startsAt`) to its first message, so a form can show
 * each message beside its field. class-validator's default sentences are put in plain words (validation-messages.ts).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    exceptionFactory: (errors) => {
      const messages: string[] = [];
      const fieldErrors: Record<string, string> = {};
      const walk = (list: ValidationError[], path: string) => {
        for (const e of list) {
          const field = path ? `${path}.${e.property}` : e.property;
          if (e.constraints) {
            const own = Object.entries(e.constraints).map(([constraint, raw]) => {
              const m = plainValidationMessage(constraint, field, raw);
              return { m, translated: m !== raw };
            });
            fieldErrors[field] ??= own[0]!.m;
            // A nested field's own message is named, so the summary says which one ("Starts at: …").
            messages.push(...own.map(({ m, translated }) => (path && !translated ? `${fieldLabel(field)}: ${m}` : m)));
          }
          walk(e.children ?? [], field);
        }
      };
      walk(errors, '');
      return new InvalidInputError([...new Set(messages)].join('; ') || 'Invalid input', { fields: Object.keys(fieldErrors), fieldErrors });
    },
  });
}

/** The global pipes, in order: refuse unstorable text anywhere, then validate input classes. */
export function globalPipes(): PipeTransform[] {
  return [new StorableTextPipe(), createValidationPipe()];
}
