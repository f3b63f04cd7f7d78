import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/build-dist.ts'],
    testTimeout: 20_000,
    // A missing snapshot fails everywhere, not only in CI: write new ones on purpose with `vitest -u`.
    update: 'none',
  },
})
