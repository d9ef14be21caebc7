import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the API tests, from the committed contract (`api/schema.gql`), like the web app's `codegen.ts`.
 * `test/gql/` is generated, one folder per feature below: run `npm run codegen -w api` after changing a test operation
 * or the schema (`test/codegen-fresh.spec.ts` fails when any folder is stale, missing or extra, or when one document is
 * generated in two folders).
 *
 * A file's operations are generated in the one feature whose globs match it, so it imports `graphql` from that folder
 * (`./gql/drift`, `../gql/checklists`): from any other folder its documents are `unknown` and the file does not compile.
 * Each folder holds only its own operations and the enums and inputs they use, which keeps every generated file under
 * ~400 lines; when one grows past that, split its feature. A new spec whose name matches no glob below needs one.
 */
const features: Record<string, string[]> = {
  'auth-accounts': ['test/auth-accounts*.e2e-spec.ts', 'test/password-*.e2e-spec.ts'],
  'auth-sign-in': [
    'test/auth-sign-in*.e2e-spec.ts', 'test/session-*.e2e-spec.ts', 'test/viewer-*.e2e-spec.ts',
    'test/support/auth-*.ts', 'test/support/factories.ts', 'test/support/admin-helpers.ts',
  ],
  checklists: ['test/checklists-*.e2e-spec.ts', '!test/checklists-rollups-*.e2e-spec.ts', 'test/support/checklist*.ts'],
  'checklists-rollups': ['test/checklists-rollups-*.e2e-spec.ts', 'test/rollups*.e2e-spec.ts'],
  drift: ['test/drift-*.e2e-spec.ts'],
  analytics: [
    'test/analytics-*.e2e-spec.ts', 'test/support/analytics-*.ts', 'test/fidelity-*.e2e-spec.ts', 'test/figures-*.e2e-spec.ts',
    'test/person-served-*.e2e-spec.ts',
  ],
  'supervision-compliance': ['test/supervision-compliance*.e2e-spec.ts'],
  'supervision-figures': ['test/supervision-figures-*.e2e-spec.ts'],
  'supervision-notes': ['test/supervision-notes.e2e-spec.ts', 'test/actions*.e2e-spec.ts'],
  'supervision-notes-cost': ['test/supervision-notes-*.e2e-spec.ts'],
  'supervision-sessions': ['test/supervision-sessions*.e2e-spec.ts', 'test/supervision-statements*.e2e-spec.ts', 'test/supervision-occurrence-*.e2e-spec.ts'],
  'supervision-series': ['test/supervision-series-*.e2e-spec.ts', 'test/supervision-demo-*.e2e-spec.ts', 'test/supervisor-*.e2e-spec.ts'],
  'notifications-events': ['test/notification-events*.e2e-spec.ts', 'test/notification-digest*.e2e-spec.ts'],
  'notifications-inbox': [
    'test/notifications-inbox*.e2e-spec.ts', 'test/notifications-business-*.e2e-spec.ts', 'test/notification-sign-in*.e2e-spec.ts',
    'test/notification-reminders*.e2e-spec.ts',
  ],
  'notifications-mail': ['test/notifications-mail*.e2e-spec.ts'],
  'org-admin-people': ['test/organization-admin-people*.e2e-spec.ts', 'test/support/org-admin-*.ts'],
  'org-admin-queries': ['test/organization-admin-queries*.e2e-spec.ts'],
  'org-admin-structure': ['test/organization-admin-structure*.e2e-spec.ts', 'test/setup-progress*.e2e-spec.ts'],
  audit: ['test/audit-*.e2e-spec.ts'],
  instruments: ['test/instruments-*.e2e-spec.ts', 'test/support/instruments-*.ts'],
  platform: [
    'test/platform*.e2e-spec.ts', 'test/production-*.e2e-spec.ts', 'test/graphql-*.e2e-spec.ts', 'test/request-*.e2e-spec.ts',
    'test/database-*.e2e-spec.ts', 'test/mixed-*.e2e-spec.ts',
  ],
  'inputs-dates': ['test/input-hardening-dates*.e2e-spec.ts', 'test/input-hardening-windows*.e2e-spec.ts'],
  'inputs-text': ['test/input-hardening-text*.e2e-spec.ts'],
};

export const codegenConfig: CodegenConfig = {
  schema: 'schema.gql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(Object.entries(features).map(([feature, documents]) => [`test/gql/${feature}/`, {
    documents,
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    config: { useTypeImports: true, enumsAsTypes: true, skipTypename: true, scalars: { Date: 'string', DateTime: 'string', LocalDateTime: 'string' } },
  }])),
};

// The codegen CLI loads the default export.
export default codegenConfig;
