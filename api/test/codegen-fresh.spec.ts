import { resolve } from 'node:path';
import { codegenConfig } from '../codegen';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the one checker both packages share (a CommonJS script)
const { staleGeneratedFiles, documentsInSeveralFolders } = require('../../scripts/codegen-stale.cjs') as {
  staleGeneratedFiles: (root: string, dir: string, config: typeof codegenConfig) => string[];
  documentsInSeveralFolders: (root: string, dir: string) => string[];
};

/** test/gql/ (one folder per feature) must be exactly what codegen makes from today's schema and the tests' operations (`npm run codegen -w api`). */
describe('generated GraphQL types of the API tests', () => {
  it('match the committed schema and the operations in test/, in every feature folder', () => {
    const stale = staleGeneratedFiles(resolve(__dirname, '..'), 'test/gql', codegenConfig);
    if (stale.length) throw new Error(`test/gql is stale (${stale.join(', ')}): run \`npm run codegen -w api\` and commit the result`);
    expect(stale).toEqual([]);
  }, 120_000);

  it('generate each operation in one feature folder only', () => {
    const twice = documentsInSeveralFolders(resolve(__dirname, '..'), 'test/gql');
    if (twice.length) throw new Error(`generated in several folders of test/gql (give each file one feature in codegen.ts, or each copy its own name):\n${twice.join('\n')}`);
    expect(twice).toEqual([]);
  });
});
