import { Transform } from 'class-transformer';

/** Trims a string input before validation, so "   " fails a length check instead of being stored empty. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
