import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
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

export interface ChecklistRow {
  id: string;
  instrument_version_id: string;
  subject_id: string;
  rater_type: string;
  rater_id: string | null;
  opened_by: string | null;
  status: 'DRAFT' | 'SUBMITTED';
  version: number;
  revision: number;
  observation_start: string | null;
  observation_end: string | null;
  team_id: string | null;
  idempotency_key: string | null;
  submitted_at: Date | null;
  scores: unknown;
  mutuality_index: string | null;
  mutuality_index_100: string | null;
  hierarchical_drift_index: string | null;
  medical_model_drift_index: string | null;
  errand_drift_index: string | null;
  organisational_drift_index: string | null;
  band: string | null;
  created_at: Date;
  updated_at: Date;
}

const num = (v: string | null) => (v === null ? null : Number(v));

export function toChecklistModel(r: ChecklistRow): ChecklistModel {
  return {
    id: r.id, status: r.status, raterType: r.rater_type as RaterTypeEnum, version: r.version, revision: r.revision,
    submittedAt: r.submitted_at, observationStart: r.observation_start ? String(r.observation_start).slice(0, 10) : null,
    observationEnd: r.observation_end ? String(r.observation_end).slice(0, 10) : null, subjectId: r.subject_id, raterId: r.rater_id,
    instrumentVersionId: r.instrument_version_id, teamId: r.team_id,
    mutualityIndex: num(r.mutuality_index), mutualityIndex100: num(r.mutuality_index_100),
    hierarchicalDriftIndex: num(r.hierarchical_drift_index), medicalModelDriftIndex: num(r.medical_model_drift_index),
    errandDriftIndex: num(r.errand_drift_index), organisationalDriftIndex: num(r.organisational_drift_index),
    band: r.band, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}
