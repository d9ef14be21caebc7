import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InstrumentEntity, InstrumentVersionEntity } from '@tandem/database';
import type { InstrumentDefinition } from '@tandem/shared';

/** A stored version's definition (the `definition` jsonb column), typed; it was checked on the way in. */
export const definitionOf = (v: Pick<InstrumentVersionEntity, 'definition'>): InstrumentDefinition => v.definition as InstrumentDefinition;

export enum RaterTypeEnum {
  SELF = 'SELF',
  SUPERVISOR = 'SUPERVISOR',
  PERSON_SERVED = 'PERSON_SERVED',
  REVIEWER = 'REVIEWER',
}
registerEnumType(RaterTypeEnum, { name: 'RaterType', description: 'Who rates a checklist. Rater types are never mixed into one mean.' });

@ObjectType('InstrumentDimension')
export class InstrumentDimensionModel {
  @Field() code: string;
  @Field() title: string;
  @Field() shortTitle: string;
  @Field() description: string;
  @Field({ description: 'Counts toward the Mutuality Fidelity Index (D1–D6).' }) inIndex: boolean;
  @Field() strengthText: string;
  @Field() growthText: string;
}

@ObjectType('ItemPrompts')
export class ItemPromptsModel {
  @Field() self: string;
  @Field() supervisor: string;
  @Field() reviewer: string;
  @Field(() => String, { nullable: true }) personServed: string | null;
}

@ObjectType('InstrumentItem')
export class InstrumentItemModel {
  @Field() code: string;
  @Field() dimensionCode: string;
  @Field(() => Int) order: number;
  @Field(() => ItemPromptsModel) prompts: ItemPromptsModel;
  @Field() help: string;
  @Field({ description: 'CORE (higher = more mutuality) or DRIFT (reverse-scored).' }) polarity: string;
  @Field(() => String, { nullable: true, description: 'HIERARCHICAL, MEDICAL_MODEL or ERRAND for drift items.' }) driftPattern: string | null;
  @Field() naAllowed: boolean;
  @Field() inShortForm: boolean;
  @Field(() => String, { nullable: true }) reflectionPrompt: string | null;
}

@ObjectType('CrosswalkEntry')
export class CrosswalkEntryModel {
  @Field() fromItemCode: string;
  @Field(() => String, { nullable: true, description: 'null = retired without a successor.' }) toItemCode: string | null;
}

@ObjectType('InstrumentVersion')
export class InstrumentVersionModel {
  @Field(() => ID) id: string;
  @Field() instrumentKey: string;
  @Field(() => Int) version: number;
  @Field({ description: 'DRAFT or PUBLISHED (published versions never change).' }) status: string;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() title: string;
  @Field(() => [String]) scaleLabels: string[];
  @Field() naLabel: string;
  @Field(() => [InstrumentDimensionModel]) dimensions: InstrumentDimensionModel[];
  @Field(() => [InstrumentItemModel]) items: InstrumentItemModel[];
  @Field(() => [CrosswalkEntryModel]) crosswalk: CrosswalkEntryModel[];
  @Field({ description: 'The whole definition as JSON, for live scoring in the browser with @tandem/shared.' }) definitionJson: string;
}

export function toInstrumentVersionModel(row: InstrumentVersionEntity): InstrumentVersionModel {
  const d = definitionOf(row);
  return {
    id: row.id, instrumentKey: d.key, version: row.version, status: row.status, publishedAt: row.publishedAt, title: d.title,
    scaleLabels: [...d.scale.labels], naLabel: d.scale.naLabel,
    dimensions: d.dimensions.map((x) => ({ ...x })),
    items: [...d.items].sort((a, b) => a.order - b.order).map((i) => ({
      code: i.code, dimensionCode: i.dimensionCode, order: i.order, help: i.help, polarity: i.polarity,
      driftPattern: i.driftPattern ?? null, naAllowed: i.naAllowed, inShortForm: i.inShortForm, reflectionPrompt: i.reflectionPrompt ?? null,
      prompts: { self: i.prompts.SELF, supervisor: i.prompts.SUPERVISOR, reviewer: i.prompts.REVIEWER, personServed: i.prompts.PERSON_SERVED ?? null },
    })),
    crosswalk: d.crosswalk.map((c) => ({ fromItemCode: c.fromItemCode, toItemCode: c.toItemCode })),
    definitionJson: JSON.stringify(d),
  };
}

@ObjectType('Instrument')
export class InstrumentModel {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() title: string;
  @Field() description: string;
  @Field({ description: 'PRACTITIONER or ORGANISATION.' }) level: string;
}

export function toInstrumentModel(row: InstrumentEntity): InstrumentModel {
  return { id: row.id, key: row.key, title: row.title, description: row.description, level: row.level };
}
