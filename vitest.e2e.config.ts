import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site in Debian's Chromium. One file at a time —
// each drives a real browser, and the machine has two cores.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/harness.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 180_000
	}
});
