import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { InvalidInputError } from './errors';

export interface QueryInputOptions<T> {
  /** The query keys the input accepts; any other key is refused by name. */
  keys: readonly (keyof T & string)[];
  /** Keys given as `true` / `false` in the query string. */
  booleans?: readonly (keyof T & string)[];
  /** Values used when a key is absent or empty. */
  defaults?: Partial<T>;
}

/**
 * A REST query string as a GraphQL input class, checked by the same class-validator rules as the GraphQL input
 * (so a file download and its page refuse the same filters with the same sentences). Blank values mean "not given".
 */
export function inputFromQuery<T extends object>(cls: new () => T, query: Record<string, unknown>, options: QueryInputOptions<T>): T {
  const plain: Record<string, unknown> = { ...options.defaults };
  for (const [key, value] of Object.entries(query)) {
    if (!(options.keys as readonly string[]).includes(key)) throw new InvalidInputError(`Unknown filter ${key.slice(0, 40)}`, { field: key.slice(0, 40) });
    if (typeof value !== 'string') throw new InvalidInputError(`Give ${key} once, as plain text`, { field: key });
    const text = value.trim();
    if (text === '') continue;
    if ((options.booleans as readonly string[] | undefined)?.includes(key)) {
      if (text !== 'true' && text !== 'false') throw new InvalidInputError(`${key} must be true or false`, { field: key });
      plain[key] = text === 'true';
    } else plain[key] = text;
  }
  const input = plainToInstance(cls, plain);
  const [first] = validateSync(input, { forbidUnknownValues: false });
  const message = first?.constraints ? Object.values(first.constraints)[0] : undefined;
  if (message) throw new InvalidInputError(message, { field: first!.property });
  return input;
}
