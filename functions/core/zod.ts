// The one way in to zod. Import it as a namespace (`import * as z from './zod.js'`): esbuild then keeps only the
// functions used and drops zod's 64 locales, over 400 KB of the API bundle. `export * as z` here, or
// `import { z } from 'zod'` anywhere, would bundle them all.
export * from 'zod/mini';
