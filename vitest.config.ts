import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    // The crash and fuzz harnesses fork writers; two cores are all there is.
    maxWorkers: 2,
  },
});
