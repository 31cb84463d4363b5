// Beacon's web page: built into web/dist, served by `npm start` at / (the API stays at /graphql) and by CloudFront
// in AWS. JSX is Preact's, compiled by esbuild. Each text asset is also written brotli- and gzip-compressed
// (name.br, name.gz) so `npm start` sends the smaller one the browser accepts; CloudFront compresses on its own.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

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
  plugins: [
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(html|js|css|svg|json|map)$/,
      threshold: 0,
    }),
  ],
  logLevel: 'warn',
});
