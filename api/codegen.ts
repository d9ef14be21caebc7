import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the API tests, from the committed contract (`api/schema.gql`), like the web app's `codegen.ts`.
 * `test/gql/` is generated: run `npm run codegen -w api` after changing a test operation or the schema
 * (`test/codegen-fresh.spec.ts` fails when it is stale).
 * One output on purpose, though it is longer than a hand-written file may be: split by feature, every folder repeats
 * the enums and inputs its operations use, the same operation text may not stand in two folders, and every file must
 * name its folder (tried in round 2: 41 folders, about 4,600 more generated lines, 32 renamed operations).
 */
export const codegenConfig: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['test/**/*.ts', '!test/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, skipTypename: true, scalars: { Date: 'string', DateTime: 'string', LocalDateTime: 'string' } },
    },
  },
};

// The codegen CLI loads the default export.
export default codegenConfig;
