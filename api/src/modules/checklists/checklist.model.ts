import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChecklistEntity } from '@tandem/database';
import { PageInfoModel, Paginated } from '../../common/page';
import { RaterTypeEnum } from '../instruments/instrument.model';

@ObjectType('ChecklistAnswer')
export class ChecklistAnswerModel {
  @Field() itemCode: string;
  @Field(() => Int, { nullable: true, description: 'null = not applicable.' }) value: number | null;
  @Field() comment: string;
}

@ObjectType('DimensionScore')
export class DimensionScoreModel {
  @Field() dimensionCode: string;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field() insufficient: boolean;
  @Field(() => Int) answered: number;
  @Field(() => Int) expected: number;
}

@ObjectType('ItemAlert')
export class ItemAlertModel {
  @Field() itemCode: string;
  @Field() dimensionCode: string;
  @Field(() => Int) value: number;
  @Field() driftPattern: string;
}

@ObjectType('ChecklistRevision')
export class ChecklistRevisionModel {
  @Field(() => Int) revision: number;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true }) amendedByName: string | null;
  @Field() reason: string;
  @Field(() => Float, { nullable: true }) mutualityIndex: number | null;
  @Field() createdAt: Date;
}

@ObjectType('Checklist')
export class ChecklistModel {
  @Field(() => ID) id: string;
  @Field({ description: 'DRAFT or SUBMITTED.' }) status: string;
  @Field(() => RaterTypeEnum) raterType: RaterTypeEnum;
  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back when saving.' }) version: number;
  @Field(() => Int, { description: '0 while a draft, 1 when submitted, +1 per amendment.' }) revision: number;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true }) observationStart: string | null;
  @Field(() => String, { nullable: true }) observationEnd: string | null;
  @Field(() => ID) subjectId: string;
  @Field(() => ID, { nullable: true }) raterId: string | null;
  @Field(() => ID) instrumentVersionId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => Float, { nullable: true, description: 'Mutuality Fidelity Index, 1–5.' }) mutualityIndex: number | null;
  @Field(() => Float, { nullable: true, description: 'Mutuality Fidelity Index on 0–100.' }) mutualityIndex100: number | null;
  @Field(() => Float, { nullable: true }) hierarchicalDriftIndex: number | null;
  @Field(() => Float, { nullable: true }) medicalModelDriftIndex: number | null;
  @Field(() => Float, { nullable: true }) errandDriftIndex: number | null;
  @Field(() => Float, { nullable: true }) organisationalDriftIndex: number | null;
  @Field(() => String, { nullable: true, description: 'HIGH (≥ 4.0), MODERATE (3.0–3.99) or LOW (< 3.0).' }) band: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('ChecklistPage', { description: 'totalCount is exact up to 1,000; beyond that it is 1,000 and totalCountCapped is true ("1,000+").' })
export class ChecklistPageModel extends Paginated(ChecklistModel, 'ChecklistPageBase') {
  @Field({ description: 'True when there are more than totalCount (the count stops at 1,000).' }) totalCountCapped: boolean;
  @Field(() => PageInfoModel) pageInfo: PageInfoModel;
}

@ObjectType('ChecklistCompleteness')
export class ChecklistCompletenessModel {
  @Field() canSubmit: boolean;
  @Field(() => [String]) problems: string[];
  @Field(() => [String]) warnings: string[];
  @Field(() => Int) answered: number;
  @Field(() => Int) expected: number;
}

@ObjectType('DueChecklist')
export class DueChecklistModel {
  @Field(() => ID) subjectId: string;
  @Field() subjectName: string;
  @Field(() => RaterTypeEnum) raterType: RaterTypeEnum;
  @Field() instrumentKey: string;
  @Field({ description: 'ISO date the next checklist is due.' }) dueDate: string;
  @Field({ description: 'OVERDUE, DUE (within 7 days) or UPCOMING.' }) status: string;
  @Field(() => Date, { nullable: true }) lastSubmittedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'An unfinished draft to resume.' }) draftId: string | null;
}

@ObjectType('ChecklistPolicy')
export class ChecklistPolicyModel {
  @Field(() => ID) programId: string;
  @Field({ description: 'True when the program has no policy of its own and the defaults apply.' }) isDefault: boolean;
  @Field(() => Int) selfEveryDays: number;
  @Field(() => Int) supervisorEveryDays: number;
  @Field(() => Int) personServedEveryDays: number;
}

@ObjectType('PersonServedLink')
export class PersonServedLinkModel {
  @Field() url: string;
  @Field() expiresAt: Date;
}

@ObjectType('PersonServedForm')
export class PersonServedFormModel {
  @Field({ description: 'First name only, so the person served knows whom they are rating.' }) peerFirstName: string;
  @Field() organizationName: string;
  @Field() definitionJson: string;
}

const num = (v: string | null) => (v === null ? null : Number(v));

export function toChecklistModel(c: ChecklistEntity): ChecklistModel {
  return {
    id: c.id, status: c.status, raterType: c.raterType as RaterTypeEnum, version: c.version, revision: c.revision,
    submittedAt: c.submittedAt, observationStart: c.observationStart ? String(c.observationStart).slice(0, 10) : null,
    observationEnd: c.observationEnd ? String(c.observationEnd).slice(0, 10) : null, subjectId: c.subjectId, raterId: c.raterId,
    instrumentVersionId: c.instrumentVersionId, teamId: c.teamId,
    mutualityIndex: num(c.mutualityIndex), mutualityIndex100: num(c.mutualityIndex100),
    hierarchicalDriftIndex: num(c.hierarchicalDriftIndex), medicalModelDriftIndex: num(c.medicalModelDriftIndex),
    errandDriftIndex: num(c.errandDriftIndex), organisationalDriftIndex: num(c.organisationalDriftIndex),
    band: c.band, createdAt: c.createdAt, updatedAt: c.updatedAt,
  };
}
