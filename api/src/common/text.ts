import { applyDecorators, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { Args, Field, type FieldOptions } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { isStorableText, maxLengthNote, tooLongMessage, UNSAFE_TEXT_MESSAGE } from '@tandem/shared';
import { InvalidInputError } from './errors';

export interface TextFieldOptions {
  /** Maximum length (usually a `TEXT_LIMITS` entry); documented in the schema and enforced with `tooLongMessage`. */
  max: number;
  min?: number;
  /** Message when shorter than `min` (default "Use at least N characters."). */
  minMessage?: string;
  nullable?: boolean;
  description?: string;
  defaultValue?: string | string[];
  /** A list of texts (`[String!]`); the limit applies to each. */
  list?: boolean;
}

function describe(description: string | undefined, max: number, list = false): string {
  const note = list ? `Each ${maxLengthNote(max).replace(/^At/, 'at')}` : maxLengthNote(max);
  return description ? `${description} ${note}` : note;
}

/**
 * A text input field: GraphQL `String` whose description states its maximum length, checked with the one
 * too-long message the web forms also use. NUL and broken characters are refused for every input by `StorableTextPipe`.
 */
export function TextField(options: TextFieldOptions): PropertyDecorator {
  const { max, min, minMessage, nullable, description, defaultValue, list } = options;
  const each = list ? { each: true } : {};
  return applyDecorators(
    Field(() => (list ? [String] : String), {
      nullable: nullable ?? false, description: describe(description, max, list), ...(defaultValue !== undefined ? { defaultValue } : {}),
    } as FieldOptions),
    ...(nullable || defaultValue !== undefined ? [IsOptional()] : []),
    IsString({ ...each, message: 'Enter text here.' }),
    MaxLength(max, { ...each, message: tooLongMessage(max) }),
    ...(min ? [MinLength(min, { ...each, message: minMessage ?? `Use at least ${min} characters.` })] : []),
  );
}

class MaxLengthPipe implements PipeTransform {
  constructor(private readonly name: string, private readonly max: number) {}
  transform(value: unknown): unknown {
    if (typeof value === 'string' && value.length > this.max) {
      const message = tooLongMessage(this.max);
      throw new InvalidInputError(message, { fields: [this.name], fieldErrors: { [this.name]: message } });
    }
    return value;
  }
}

/** A top-level text argument (`token: String!`), documented and limited like `TextField`. */
export function TextArg(name: string, options: { max: number; description?: string; nullable?: boolean }): ParameterDecorator {
  return Args(name, { type: () => String, nullable: options.nullable, description: describe(options.description, options.max) }, new MaxLengthPipe(name, options.max));
}

const MAX_DEPTH = 32;

function findUnstorable(value: unknown, path: string, out: string[], depth: number): void {
  if (typeof value === 'string') {
    if (!isStorableText(value)) out.push(path);
    return;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => findUnstorable(v, path ? `${path}.${i}` : String(i), out, depth + 1));
    return;
  }
  for (const [k, v] of Object.entries(value)) findUnstorable(v, path ? `${path}.${k}` : k, out, depth + 1);
}

/**
 * Refuses any argument (GraphQL args, route params, query strings) that holds a text Postgres cannot store or that
 * is not valid Unicode: a NUL character or an unpaired surrogate, anywhere in the value. Global, so new fields are
 * covered without a decorator. Field paths are relative to the argument (`name`, `actionItems.0.description`).
 */
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value; // @Ctx() and friends: server-side objects, not input
    const bad: string[] = [];
    findUnstorable(value, typeof value === 'object' ? '' : (metadata.data ?? ''), bad, 0);
    if (bad.length) {
      const fields = bad.map((p) => p || (metadata.data ?? 'value'));
      throw new InvalidInputError(UNSAFE_TEXT_MESSAGE, { fields, fieldErrors: Object.fromEntries(fields.map((f) => [f, UNSAFE_TEXT_MESSAGE])) });
    }
    return value;
  }
}
