import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents from the committed contract (`api/schema.gql`), never from a running server.
 * `src/gql/` is generated, one folder per feature: run `npm run codegen` after changing an operation or the schema (a test
 * fails when any folder is stale, missing or extra, or when one document is generated in two folders).
 *
 * A feature's operations (in `src/features/<feature>/`, by habit its `*.graphql.ts`) are generated into
 * `src/gql/<feature>/`, and its files import `graphql` from there: from another feature's folder a document is `unknown`
 * and the file does not compile. Each folder holds only its own operations and the enums and inputs they use, which
 * keeps every generated file under ~400 lines; supervision is split in three for that. A new feature folder with
 * operations needs an entry below.
 */
const code = (dir: string) => [`${dir}/**/*.ts`, `${dir}/**/*.tsx`];
const SUPERVISION = 'src/features/supervision';
const features: Record<string, string[]> = {
  ...Object.fromEntries([
    'actions', 'audit', 'auth', 'checklists', 'dashboard', 'feedback', 'home', 'instruments', 'notifications', 'outbox', 'people', 'profile',
    'roster', 'settings', 'teams',
  ].map((feature) => [feature, code(`src/features/${feature}`)])),
  supervision: [...code(SUPERVISION), `!${SUPERVISION}/admin.graphql.ts`, `!${SUPERVISION}/notes.graphql.ts`, `!${SUPERVISION}/note/**/*`],
  'supervision-admin': [`${SUPERVISION}/admin.graphql.ts`],
  'supervision-notes': [`${SUPERVISION}/notes.graphql.ts`, ...code(`${SUPERVISION}/note`)],
};

export const codegenConfig: CodegenConfig = {
  schema: '../api/schema.gql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(Object.entries(features).map(([feature, documents]) => [`src/gql/${feature}/`, {
    documents: [...documents, '!src/**/*.spec.ts', '!src/**/*.spec.tsx'],
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    config: { useTypeImports: true, enumsAsTypes: true, skipTypename: true, scalars: { Date: 'string', DateTime: 'string', LocalDateTime: 'string' } },
  }])),
};

// The codegen CLI loads the default export.
export default codegenConfig;
