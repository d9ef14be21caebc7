import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionItemStatusEnum } from '../supervision/note.model';
import { ActionScopeEnum } from './actions.inputs';

@ObjectType('NamedRef', { description: 'A person or team named on an action.' })
export class NamedRefModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('ActionFigure', { description: 'The action’s figure (0–100, the team’s, as on the dashboard) in one period.' })
export class ActionFigureModel {
  @Field() period: string;
  @Field(() => Float) value: number;
}

@ObjectType('Action', { description: 'An action on the Actions page: whose it is, its state, and the figure before and after.' })
export class ActionModel {
  @Field(() => ID) id: string;
  @Field(() => ActionScopeEnum) scope: ActionScopeEnum;
  @Field(() => ActionItemStatusEnum) status: ActionItemStatusEnum;
  @Field({ description: 'Open and past its due date.' }) overdue: boolean;
  @Field({ description: 'Whether you may read the description (an action agreed in a supervision note is note text).' }) textVisible: boolean;
  @Field(() => String, { nullable: true, description: 'Null when you may not read it.' }) description: string | null;
  @Field({ description: 'Whether you may mark it done, drop or reopen it (you can read it, and you own it, are part of it or oversee it).' }) canUpdate: boolean;
  @Field({ description: 'SIGNAL (from a drift signal), HAND (by hand) or NOTE (agreed in a supervision note).' }) source: string;
  @Field(() => NamedRefModel, { nullable: true }) team: NamedRefModel | null;
  @Field(() => NamedRefModel, { nullable: true, description: 'PERSON: the person (for a group session’s action, everyone in the session, named together).' }) person: NamedRefModel | null;
  @Field({ description: 'Agreed in the note of a group session: it belongs to everyone in that session, not to one person.' }) groupSession: boolean;
  @Field(() => NamedRefModel, { nullable: true, description: 'CASELOAD: the supervisor.' }) supervisor: NamedRefModel | null;
  @Field(() => NamedRefModel) owner: NamedRefModel;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field() createdOn: string;
  @Field(() => String, { nullable: true }) completedOn: string | null;
  @Field(() => String, { nullable: true, description: 'MFI, HDI, MDI, EDI, ODI or DIM:D1 … DIM:D7.' }) metric: string | null;
  @Field(() => String, { nullable: true }) metricLabel: string | null;
  @Field(() => String, { nullable: true, description: 'up or down: the direction that is worse for this figure.' }) worseDirection: string | null;
  @Field(() => String, { nullable: true }) signalId: string | null;
  @Field(() => String, { nullable: true }) signalPeriod: string | null;
  @Field(() => String, { nullable: true }) signalRule: string | null;
  @Field(() => String, { nullable: true, description: 'worse or better.' }) signalDirection: string | null;
  @Field(() => ActionFigureModel, { nullable: true, description: 'At the signal’s period (or the month it was agreed), else the nearest earlier period shown.' }) before: ActionFigureModel | null;
  @Field(() => ActionFigureModel, { nullable: true, description: 'The latest period since, when there is one.' }) after: ActionFigureModel | null;
  @Field(() => String, { nullable: true, description: 'better, worse or same (less than a point apart), read with the figure’s worse direction; null without both.' }) change: string | null;
}

@ObjectType('ActionPage')
export class ActionPageModel {
  @Field(() => [ActionModel]) items: ActionModel[];
  @Field(() => Int, { description: 'Actions matching the filters.' }) total: number;
  @Field(() => Int, { description: 'Of those, open and overdue.' }) overdue: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}
