import { defineConfig } from '@playwright/test';

const port = 4317;

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: '../../test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
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
