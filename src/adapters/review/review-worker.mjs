// The worker thread's entry when running from TypeScript source: Node 20's worker threads do not
// inherit the tsx loader of the main thread, so the thread registers it before loading the
// worker. (A build to JavaScript would point at review-worker.js directly.)
import { register } from 'tsx/esm/api'

register()
await import('./review-worker.ts')
