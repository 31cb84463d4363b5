// Beacon's web page: built into web/dist, served by `npm start` at / (the API stays at /graphql) and by CloudFront
// in AWS. JSX is Preact's, compiled by esbuild; no plugin needed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  css: { preprocessorOptions: { scss: { quietDeps: true, loadPaths: [path.join(root, '..', 'node_modules')] } } },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    assetsInlineLimit: 0,
    // lightningcss rejects a media query GOV.UK Frontend's Sass writes for old browsers; esbuild keeps it.
    cssMinify: 'esbuild',
  },
  logLevel: 'warn',
});
