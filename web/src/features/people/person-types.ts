import type { PersonQuery } from '../../gql/graphql';

export type PersonDetail = PersonQuery['person'];
