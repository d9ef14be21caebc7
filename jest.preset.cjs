// Shared Jest settings: @swc/jest transpiles TypeScript (type checking is `tsc --noEmit`, run separately).
const swc = (extra = {}) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      ...extra,
    },
    module: { type: 'commonjs' },
  },
];
module.exports = { swc };
