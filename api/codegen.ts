import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the API tests, from the committed contract (`api/schema.gql`), like the web app's `codegen.ts`.
 * `test/gql/` is generated: run `npm run codegen -w api` after changing a test operation or the schema
 * (`test/codegen-fresh.spec.ts` fails when it is stale).
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
