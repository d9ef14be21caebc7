import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError } from './errors';
import { createValidationPipe } from './validation';
import { fieldLabel, plainValidationMessage } from './validation-messages';

enum Kind { ONE = 'ONE', TWO = 'TWO' }

@InputType()
class Slot {
  @Field() @IsInt() @Min(15) durationMinutes!: number;
}

@InputType()
class Sample {
  @Field() @IsString() @MaxLength(120) jobTitle!: string;
  @Field() @IsString() @MaxLength(10, { message: 'Keep it short.' }) nickname!: string;
  @Field() @IsUUID() programId!: string;
  @Field() @IsUUID('all', { each: true }) @ArrayMaxSize(2) superviseeIds!: string[];
  @Field() @IsBoolean() enabled!: boolean;
  @Field() @IsEnum(Kind) kind!: Kind;
  @Field() @IsInt() @Max(100) first!: number;
  @Field() @IsOptional() @ValidateNested() @Type(() => Slot) adHoc?: Slot;
}

async function problems(value: Record<string, unknown>): Promise<{ message: string; fieldErrors: Record<string, string> }> {
  const meta: ArgumentMetadata = { type: 'body', metatype: Sample, data: 'input' };
  try {
    await createValidationPipe().transform(value, meta);
  } catch (e) {
    const err = e as DomainError;
    return { message: err.message, fieldErrors: err.details?.fieldErrors as Record<string, string> };
  }
  throw new Error('expected a validation failure');
}

describe('plain validation messages', () => {
  it('names fields in words', () => {
    expect(fieldLabel('jobTitle')).toBe('Job title');
    expect(fieldLabel('programId')).toBe('Program');
    expect(fieldLabel('superviseeIds')).toBe('Supervisees');
    expect(fieldLabel('adHoc.startsAt')).toBe('Starts at');
    expect(fieldLabel('actionItems.0.description')).toBe('Description');
    expect(fieldLabel('first')).toBe('Number of rows');
  });

  it('rewrites class-validator’s defaults and leaves a developer’s own message alone', () => {
    expect(plainValidationMessage('maxLength', 'jobTitle', 'jobTitle must be shorter than or equal to 120 characters')).toBe('Use at most 120 characters.');
    expect(plainValidationMessage('min', 'first', 'first must not be less than 1')).toBe('Number of rows must be 1 or more.');
    expect(plainValidationMessage('isUuid', 'personId', 'personId must be a person id')).toBe('personId must be a person id');
    expect(plainValidationMessage('custom', 'x', 'x is odd')).toBe('x is odd');
  });

  it('turns a whole failed input into sentences a person can act on, field by field', async () => {
    const { message, fieldErrors } = await problems({
      jobTitle: 'x'.repeat(121), nickname: 'far too long a name', programId: 'nope', superviseeIds: ['a', 'b', 'c'],
      enabled: 'yes', kind: 'THREE', first: 500, adHoc: { durationMinutes: 5 },
    });
    expect(fieldErrors).toEqual({
      jobTitle: 'Use at most 120 characters.',
      nickname: 'Keep it short.',
      programId: 'Program: choose one from the list.',
      superviseeIds: expect.stringMatching(/^Supervisees: choose (one from the list|at most 2)\.$/),
      enabled: 'Enabled: choose yes or no.',
      kind: 'Kind: choose one of ONE, TWO.',
      first: 'Number of rows must be 100 or less.',
      'adHoc.durationMinutes': 'Duration minutes must be 15 or more.',
    });
    expect(message).not.toMatch(/jobTitle|programId|must be shorter than|must be a UUID|boolean value|following values/);
    expect(message).toContain('Duration minutes must be 15 or more.');
  });
});
