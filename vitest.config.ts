import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI tests start several processes, each opening PGlite (seconds on a loaded machine); a hang still fails.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // Browser and socket tests poll for what a page or a peer shows; a loaded CI machine may take seconds.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    // PGlite instances are memory-heavy; two workers keep a 2-core CI machine responsive.
    maxWorkers: 2,
  },
});
