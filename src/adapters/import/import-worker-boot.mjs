// Starts import-worker.ts in a worker thread. Node 20 cannot load TypeScript itself, and a
// worker does not inherit the loader tsx installed in the main thread, so the worker registers
// tsx (a dependency already: `npm start` runs through it) and imports the TypeScript module.
import { tsImport } from 'tsx/esm/api'

await tsImport('./import-worker.ts', import.meta.url)
