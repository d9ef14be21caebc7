import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { LANGUAGE_PATTERNS, TEXT_LIMITS, type LanguagePattern, type LexiconEntry } from '@tandem/shared';
import { DateScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { PatternNumbersModel } from './note.model';

export enum LanguagePatternEnum {
  MEDICAL_MODEL = 'MEDICAL_MODEL',
  HIERARCHICAL = 'HIERARCHICAL',
  ERRAND = 'ERRAND',
  MUTUALITY = 'MUTUALITY',
}
registerEnumType(LanguagePatternEnum, { name: 'LanguagePattern', description: 'Three drift patterns and mutual, person-led wording.' });
if (Object.values(LanguagePatternEnum).join() !== LANGUAGE_PATTERNS.join()) throw new Error('LanguagePatternEnum is out of step with @tandem/shared');

export enum SuppressionReasonEnum {
  NEGATED = 'NEGATED',
  QUOTED = 'QUOTED',
  META = 'META',
}
registerEnumType(SuppressionReasonEnum, { name: 'LanguageSuppressionReason', description: 'Why a match does not count.' });

export enum LexiconSourceEnum {
  DEFAULT = 'DEFAULT',
  OVERRIDDEN = 'OVERRIDDEN',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(LexiconSourceEnum, {
  name: 'LexiconSource',
  description: 'DEFAULT: the starter list as shipped; OVERRIDDEN: a default the organisation changed; ORGANIZATION: added by the organisation.',
});

export { toPatternNumbers } from './note.model';

@ObjectType('LanguageHit')
export class LanguageHitModel {
  @Field({ description: 'The lexicon phrase that matched.' }) phrase: string;
  @Field(() => LanguagePatternEnum) pattern: LanguagePattern;
  @Field(() => Int) weight: number;
  @Field(() => Int, { description: 'Character offset in the text (text.slice(start, end) === matchedText).' }) start: number;
  @Field(() => Int) end: number;
  @Field() matchedText: string;
  @Field(() => SuppressionReasonEnum, { nullable: true, description: 'Null when the hit counts.' }) suppressed: SuppressionReasonEnum | null;
  @Field(() => String, { nullable: true, description: 'A gentle suggestion (drift phrases).' }) alternative: string | null;
}

@ObjectType('LanguageSuggestion')
export class LanguageSuggestionModel {
  @Field() matchedText: string;
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
  @Field(() => LanguagePatternEnum) pattern: LanguagePattern;
  @Field({ description: 'STRONG (weight ≥ 2) or CONTEXT.' }) strength: string;
  @Field(() => String, { nullable: true }) alternative: string | null;
}

@ObjectType('LanguageReflectionSummary', { description: 'Gentle words for the author; never a score of the person.' })
export class LanguageSummaryModel {
  @Field({ description: 'NOTHING_FOUND, MOSTLY_MUTUAL, MIXED or WORTH_A_LOOK.' }) tone: string;
  @Field() headline: string;
  @Field(() => [LanguageSuggestionModel]) suggestions: LanguageSuggestionModel[];
  @Field(() => [String]) mutualPhrases: string[];
  @Field(() => String, { nullable: true }) setAsideNote: string | null;
}

@ObjectType('LanguageReflection')
export class LanguageReflectionModel {
  @Field(() => [LanguageHitModel]) hits: LanguageHitModel[];
  @Field(() => Int) wordCount: number;
  @Field(() => PatternNumbersModel, { description: 'Weighted counting hits per pattern.' }) totals: PatternNumbersModel;
  @Field(() => PatternNumbersModel, { description: 'Weighted hits per 1 000 words.' }) densities: PatternNumbersModel;
  @Field(() => Int, { description: '−100 (only drift wording) … 0 … +100 (only mutual wording).' }) balance: number;
  @Field(() => LanguageSummaryModel) summary: LanguageSummaryModel;
}

@ObjectType('LexiconEntry')
export class LexiconEntryModel {
  @Field() phrase: string;
  @Field(() => LanguagePatternEnum) pattern: LanguagePattern;
  @Field(() => Int, { description: '2 strong, 1 depends on context, 0 disabled.' }) weight: number;
  @Field() enabled: boolean;
  @Field(() => String, { nullable: true }) alternative: string | null;
  @Field(() => [String]) variants: string[];
  @Field(() => LexiconSourceEnum) source: LexiconSourceEnum;
  @Field(() => Int, { nullable: true, description: 'The shipped weight, for defaults.' }) defaultWeight: number | null;
}

@ObjectType('LanguageDensityPoint')
export class LanguageDensityPointModel {
  @Field({ description: 'YYYY-MM (UTC).' }) month: string;
  @Field(() => Int) notes: number;
  @Field(() => Int) wordCount: number;
  @Field({ description: 'True when fewer than 3 notes: numbers are withheld (small cells are not charted).' }) suppressed: boolean;
  @Field(() => PatternNumbersModel, { nullable: true }) densities: PatternNumbersModel | null;
  @Field(() => Int, { nullable: true }) balance: number | null;
}

@ObjectType('LanguageDensitySeries', { description: 'Per-team, per-month language densities of supervision notes.' })
export class LanguageDensitySeriesModel {
  @Field(() => ID) teamId: string;
  @Field(() => [LanguageDensityPointModel]) points: LanguageDensityPointModel[];
}

@InputType()
export class UpsertLexiconEntryInput {
  @TextField({ max: TEXT_LIMITS.lexiconPhrase, min: 2, description: 'A default phrase (to change or disable it) or a new one.' }) phrase: string;
  @Field(() => LanguagePatternEnum) @IsEnum(LanguagePatternEnum) pattern: LanguagePatternEnum;
  @Field(() => Int, { description: '0 disables the phrase; 1 context-dependent; 2 strong; 3 very strong.' }) @IsInt() @Min(0) @Max(3) weight: number;
  @TextField({ max: TEXT_LIMITS.lexiconAlternative, nullable: true }) alternative?: string | null;
  @TextField({ max: TEXT_LIMITS.lexiconPhrase, min: 2, list: true, nullable: true, defaultValue: [], description: 'Other forms of the phrase.' })
  @ArrayMaxSize(20) variants?: string[];
}

@InputType()
export class LanguageSeriesFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Default: every team in your scope.' }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true }) teamIds?: string[];
  @Field(() => DateScalar, { description: 'Start of the range: its month is the first one. At most 10 years before today.' }) @IsString() from: string;
  @Field(() => DateScalar, {
    description: 'End of the range (exclusive): every month that starts before this day is included. At most a year after today; at most 36 months.',
  })
  @IsString() to: string;
}


export function toLexiconEntryModel(e: LexiconEntry, source: LexiconSourceEnum, defaultWeight: number | null): LexiconEntryModel {
  return {
    phrase: e.phrase, pattern: e.pattern, weight: e.weight, enabled: e.weight > 0, alternative: e.alternative ?? null, variants: e.variants ?? [],
    source, defaultWeight,
  };
}
