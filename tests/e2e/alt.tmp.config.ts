import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const port = 4199;

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: '../../test-results/alt',
	fullyParallel: true,
	// Whole user walks on a 2-core machine; the default 30 s left too thin a margin under load.
	timeout: 60_000,
	workers: 2,
	retries: 0,
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		launchOptions: chromiumLaunchOptions,
		// Each test starts from the network; the offline test (arena.spec.ts) allows the worker.
		serviceWorkers: 'block'
	},
	webServer: {
		command: `node src/cli/serve.mjs build`,
		cwd: '../..',
		env: { PORT: String(port) },
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
