import { graphql } from '../../gql/home';

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
