import { graphql } from '../../gql';

export const ImportRosterMutationDocument = graphql(`
  mutation ImportRoster($input: ImportRosterInput!) {
    importRoster(input: $input) {
      dryRun
      applied
      totalRows
      createCount
      updateCount
      errorCount
      fileErrors
      rows {
        line
        name
        email
        team
        roles
        supervisorEmail
        action
        errors
        invited
      }
    }
  }
`);
