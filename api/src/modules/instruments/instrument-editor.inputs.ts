import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsBoolean, IsEnum, IsInt, IsOptional, Matches, Min, ValidateNested } from 'class-validator';
import { TextField } from '../../common/text';

export enum InstrumentFormat {
  JSON = 'JSON',
  REDCAP_CSV = 'REDCAP_CSV',
}
registerEnumType(InstrumentFormat, {
  name: 'InstrumentFormat',
  description: 'JSON = the definition itself; REDCAP_CSV = an 18-column REDCap data dictionary (Tandem fields in the annotations).',
});

export enum ItemMoveDirection {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(ItemMoveDirection, { name: 'ItemMoveDirection', description: 'Earlier (UP) or later (DOWN) in display order.' });

export enum InstrumentItemPolarity {
  CORE = 'CORE',
  DRIFT = 'DRIFT',
}
registerEnumType(InstrumentItemPolarity, {
  name: 'InstrumentItemPolarity', description: 'CORE (higher = more mutuality) or DRIFT (higher = more drift; reverse-scored).',
});

export enum InstrumentDriftPattern {
  HIERARCHICAL = 'HIERARCHICAL',
  MEDICAL_MODEL = 'MEDICAL_MODEL',
  ERRAND = 'ERRAND',
}
registerEnumType(InstrumentDriftPattern, { name: 'InstrumentDriftPattern', description: 'The drift a DRIFT item signals.' });

const KEY = /^[a-z0-9][a-z0-9-]{1,62}$/;
const ITEM_CODE = /^[A-Za-z0-9._-]{1,40}$/;
const TEXT_MAX = TEXT_LIMITS.instrumentText;

@InputType()
export class ItemPromptsInput {
  @TextField({ max: TEXT_MAX, nullable: true, description: 'First person: "I …".' }) self?: string;
  @TextField({ max: TEXT_MAX, nullable: true, description: 'Third person: "The peer specialist …".' }) supervisor?: string;
  @TextField({ max: TEXT_MAX, nullable: true, description: 'Defaults to the supervisor wording for new items.' }) reviewer?: string;
  @TextField({ max: TEXT_MAX, nullable: true, description: 'Plain language for the person served (short-form items); null or "" removes it.' })
  personServed?: string | null;
}

@InputType()
export class UpdateInstrumentDraftInput {
  @TextField({ max: TEXT_LIMITS.instrumentKey }) @Matches(KEY, { message: 'instrumentKey is not a valid key' }) instrumentKey: string;
  @TextField({ max: TEXT_LIMITS.instrumentFile, description: 'The whole definition as JSON; key and version must stay the same.' }) definitionJson: string;
}

@InputType()
export class UpdateInstrumentItemInput {
  @TextField({ max: TEXT_LIMITS.instrumentKey }) @Matches(KEY, { message: 'instrumentKey is not a valid key' }) instrumentKey: string;
  @TextField({ max: TEXT_LIMITS.itemCode }) @Matches(ITEM_CODE, { message: 'itemCode is not valid' }) itemCode: string;
  @Field(() => ItemPromptsInput, { nullable: true, description: 'Only the prompts given change.' })
  @IsOptional() @ValidateNested() @Type(() => ItemPromptsInput) prompts?: ItemPromptsInput;
  @TextField({ max: TEXT_MAX, nullable: true }) help?: string;
  @Field(() => Int, { nullable: true, description: 'New position in display order (1 = first); other items make room.' })
  @IsOptional() @IsInt() @Min(1) order?: number;
  @TextField({ max: TEXT_MAX, nullable: true, description: 'Supervision prompt for drift items; null or "" removes it.' })
  reflectionPrompt?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() naAllowed?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() inShortForm?: boolean;
  @Field(() => InstrumentDriftPattern, { nullable: true, description: 'null removes it.' })
  @IsOptional() @IsEnum(InstrumentDriftPattern) driftPattern?: InstrumentDriftPattern | null;
}

@InputType()
export class AddInstrumentItemInput {
  @TextField({ max: TEXT_LIMITS.instrumentKey }) @Matches(KEY, { message: 'instrumentKey is not a valid key' }) instrumentKey: string;
  @TextField({ max: TEXT_LIMITS.code, description: 'D1 … D7; the new item goes at the end of this dimension and gets the next free code.' })
  @Matches(/^D[1-7]$/, { message: 'dimensionCode must be D1 to D7' }) dimensionCode: string;
  @Field(() => InstrumentItemPolarity) @IsEnum(InstrumentItemPolarity) polarity: InstrumentItemPolarity;
  @Field(() => InstrumentDriftPattern, { nullable: true, description: 'Required before publishing when polarity is DRIFT.' })
  @IsOptional() @IsEnum(InstrumentDriftPattern) driftPattern?: InstrumentDriftPattern | null;
  @Field(() => ItemPromptsInput, { description: 'self is required.' }) @ValidateNested() @Type(() => ItemPromptsInput) prompts: ItemPromptsInput;
  @TextField({ max: TEXT_MAX, defaultValue: '' }) help: string = '';
  @Field({ defaultValue: true }) @IsOptional() @IsBoolean() naAllowed: boolean = true;
  @Field({ defaultValue: false }) @IsOptional() @IsBoolean() inShortForm: boolean = false;
  @TextField({ max: TEXT_MAX, nullable: true }) reflectionPrompt?: string | null;
  @TextField({ max: TEXT_LIMITS.itemCode, nullable: true, description: 'An item of the previous version this one replaces (crosswalk: it → the new item).' })
  @Matches(ITEM_CODE, { message: 'replacesItemCode is not valid' }) replacesItemCode?: string | null;
}

@InputType()
export class RetireInstrumentItemInput {
  @TextField({ max: TEXT_LIMITS.instrumentKey }) @Matches(KEY, { message: 'instrumentKey is not a valid key' }) instrumentKey: string;
  @TextField({ max: TEXT_LIMITS.itemCode }) @Matches(ITEM_CODE, { message: 'itemCode is not valid' }) itemCode: string;
  @TextField({ max: TEXT_LIMITS.itemCode, nullable: true, description: 'The draft item that carries its trend on; none = retired (crosswalk → null).' })
  @Matches(ITEM_CODE, { message: 'replacedByItemCode is not valid' }) replacedByItemCode?: string | null;
}

@InputType()
export class MoveInstrumentItemInput {
  @TextField({ max: TEXT_LIMITS.instrumentKey }) @Matches(KEY, { message: 'instrumentKey is not a valid key' }) instrumentKey: string;
  @TextField({ max: TEXT_LIMITS.itemCode }) @Matches(ITEM_CODE, { message: 'itemCode is not valid' }) itemCode: string;
  @Field(() => ItemMoveDirection) @IsEnum(ItemMoveDirection) direction: ItemMoveDirection;
}

@InputType()
export class ImportInstrumentInput {
  @TextField({ max: TEXT_LIMITS.instrumentFile, description: 'The file content (at most 1 MB of UTF-8).' }) content: string;
  @Field(() => InstrumentFormat) @IsEnum(InstrumentFormat) format: InstrumentFormat;
}
