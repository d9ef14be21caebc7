import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedEntry = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const apiTarget = process.env.TANDEM_API_URL ?? 'http://localhost:3000';

// Vite requires a default export.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@tandem/shared': sharedEntry },
  },
  server: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
      '/calendar': { target: apiTarget, changeOrigin: false },
      '/reports': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // @tandem/shared is pure domain code (no import-time effects): let unused parts (instruments, lexicon) drop out.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]src[\\/]/.test(id) },
      output: {
        // Long-lived vendor chunks: app releases do not invalidate the cached framework code.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/, priority: 30 },
            // Charts load only with the pages that draw them (dashboard, homes with trends), never in the first download.
            { name: 'charts', test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|@reduxjs|redux|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|internmap|tiny-invariant)[\\/]/, priority: 25 },
            // The password strength meter's dictionaries (~1.6 MB) load only with the new-password forms that import them.
            { name: 'password-strength', test: /node_modules[\\/](@zxcvbn-ts|fastest-levenshtein)[\\/]/, priority: 40 },
            { name: 'data', test: /node_modules[\\/](@tanstack|graphql|@graphql-typed-document-node)[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
