import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SETUP_STEPS } from '@tandem/shared';

export enum SetupStepKeyEnum {
  PROGRAMS = 'PROGRAMS',
  TEAMS = 'TEAMS',
  PEOPLE = 'PEOPLE',
  CHECKLIST_CYCLE = 'CHECKLIST_CYCLE',
  SUPERVISION_POLICY = 'SUPERVISION_POLICY',
}
registerEnumType(SetupStepKeyEnum, { name: 'SetupStepKey', description: 'A step of the first-run setup guide, in order.' });
if (Object.values(SetupStepKeyEnum).join() !== SETUP_STEPS.join()) throw new Error('SetupStepKeyEnum is out of step with @tandem/shared');

@ObjectType('SetupStep')
export class SetupStepModel {
  @Field(() => SetupStepKeyEnum) key: SetupStepKeyEnum;
  @Field({ description: 'True once the organisation’s own data shows the step was done.' }) done: boolean;
  @Field(() => Int, { description: 'How many things tick the step (programs, teams, people besides the viewer, checklists started, programs with a supervision policy).' })
  count: number;
}

@ObjectType('SetupProgress')
export class SetupProgressModel {
  @Field(() => [SetupStepModel], { description: 'Every step, in the order the guide shows them.' }) steps: SetupStepModel[];
  @Field(() => Int) doneCount: number;
  @Field({ description: 'True when every step is done.' }) complete: boolean;
}
