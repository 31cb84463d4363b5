// Stands in for @apollo/utils.createhash in the Lambda bundles (infra/lambda-bundling.ts aliases it). The package
// picks node:crypto through `module.require`, which esbuild's CommonJS wrapper does not have, so in a bundle it fell
// back to sha.js: 34 KiB with its helpers, and a hash of every query in JavaScript (~4 ms the first time). Lambda is
// Node, so node:crypto is always there.
import { type Hash, createHash as nodeCreateHash } from 'node:crypto';

export const createHash = (kind: string): Hash => nodeCreateHash(kind);
