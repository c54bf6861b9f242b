import { defineConfig } from 'vitest/config';

// Unit tests (pure core, data checks, the card in happy-dom) and real-browser tests are split by
// file name: *.e2e.test.ts drive the built extension in Debian's Chromium.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        // Property tests take seconds; on a loaded two-core CI machine the 5 s default is too tight.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
