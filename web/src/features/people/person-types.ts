import type { PersonQuery } from '../../gql/people/graphql';

export type PersonDetail = PersonQuery['person'];
