import { graphql } from '../../gql';

export const ActionFieldsFragmentDoc = graphql(`
  fragment ActionFields on Action {
    id
    scope
    status
    overdue
    textVisible
    description
    canUpdate
    source
    team {
      id
      name
    }
    person {
      id
      name
    }
    groupSession
    supervisor {
      id
      name
    }
    owner {
      id
      name
    }
    dueOn
    createdOn
    completedOn
    metric
    metricLabel
    worseDirection
    signalPeriod
    signalRule
    signalDirection
    before {
      period
      value
    }
    after {
      period
      value
    }
    change
  }
`);

export const ActionsPageQueryDocument = graphql(`
  query ActionsPage($input: ActionsPageInput) {
    actions(input: $input) {
      total
      overdue
      offset
      limit
      items {
        ...ActionFields
      }
    }
  }
`);

export const CreateActionMutationDocument = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      ...ActionFields
    }
  }
`);

export const SetActionStatusMutationDocument = graphql(`
  mutation SetActionStatus($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      id
      status
    }
  }
`);
