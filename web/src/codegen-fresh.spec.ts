/**
 * @jest-environment node
 */
import { resolve } from 'node:path';
import { codegenConfig } from '../codegen';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the one checker both packages share (a CommonJS script)
const { staleGeneratedFiles } = require('../../scripts/codegen-stale.cjs') as { staleGeneratedFiles: (root: string, dir: string, config: typeof codegenConfig) => string[] };

/** src/gql/ must be exactly what codegen makes from today's schema and operations (run `npm run codegen -w web`). */
describe('generated GraphQL types', () => {
  it('match the schema and the operations in src/', () => {
    const stale = staleGeneratedFiles(resolve(__dirname, '..'), 'src/gql', codegenConfig);
    if (stale.length) throw new Error(`src/gql is stale (${stale.join(', ')}): run \`npm run codegen -w web\` and commit the result`);
    expect(stale).toEqual([]);
  }, 120_000);
});
