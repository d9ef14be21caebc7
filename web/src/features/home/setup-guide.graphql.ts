import { graphql } from '../../gql';

export const SetupProgressQueryDocument = graphql(`
  query SetupProgress {
    setupProgress {
      doneCount
      complete
      steps {
        key
        done
        count
      }
    }
  }
`);
