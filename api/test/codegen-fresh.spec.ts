import { resolve } from 'node:path';
import { codegenConfig } from '../codegen';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the one checker both packages share (a CommonJS script)
const { staleGeneratedFiles } = require('../../scripts/codegen-stale.cjs') as { staleGeneratedFiles: (root: string, dir: string, config: typeof codegenConfig) => string[] };

/** test/gql/ must be exactly what codegen makes from today's schema and the tests' operations (`npm run codegen -w api`). */
describe('generated GraphQL types of the API tests', () => {
  it('match the committed schema and the operations in test/', () => {
    const stale = staleGeneratedFiles(resolve(__dirname, '..'), 'test/gql', codegenConfig);
    if (stale.length) throw new Error(`test/gql is stale (${stale.join(', ')}): run \`npm run codegen -w api\` and commit the result`);
    expect(stale).toEqual([]);
  }, 120_000);
});
