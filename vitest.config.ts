import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // One worker per core, not vitest's default of one fewer: most suites wait on the bot's sockets and on child
    // processes (CLIs, kill -9 trials), not on the CPU. On the 2-core CI machine that default is a single worker, and
    // the whole run took 444 s; with two it took 174-210 s, every test passing, in three runs.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
