import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    // A loaded machine (CI beside other jobs) can take over the default 10 s to delete the CLI
    // tests' temporary trees; the hook is not what they test.
    hookTimeout: 60_000,
  },
});
