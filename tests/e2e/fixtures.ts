/**
 * The test fixture every spec uses: fails a test on any console error or uncaught exception,
 * and on any request to a host other than the app's own (the app must send nothing anywhere).
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{
	guard: void;
	leaveQuestions: string[];
	allowedOrigins: string[];
}>({
	/** Other origins a test's pages may reach: only a sync test's own loopback server. */
	allowedOrigins: [[], { option: true }],
	/**
	 * The "leave this page?" questions the app asked (beforeunload). Each is answered "leave", as a
	 * user who reloads on purpose would; a test can check that the question was asked.
	 */
	leaveQuestions: [
		async ({ page }, use) => {
			const asked: string[] = [];
			page.on('dialog', async (dialog) => {
				if (dialog.type() !== 'beforeunload') return;
				asked.push(page.url());
				await dialog.accept();
			});
			await use(asked);
		},
		{ auto: true }
	],
	guard: [
		async ({ page, baseURL, allowedOrigins }, use) => {
			const problems = watch(page, baseURL!, allowedOrigins);
			await use();
			expect(problems, 'console errors, page errors and outside requests').toEqual([]);
		},
		{ auto: true }
	]
});

/**
 * Collects console errors, page errors and requests to any origin but the app's own and the
 * allowed ones. The browser's own log line for an HTTP error or a refused connection to an
 * allowed server (a sync server answering 404 for a missing checkpoint, or stopped on purpose) is
 * the protocol at work, not an error of the app.
 */
export function watch(page: Page, baseURL: string, allowedOrigins: readonly string[]): string[] {
	const problems: string[] = [];
	const allowed = new Set([new URL(baseURL).origin, ...allowedOrigins]);
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const at = message.location().url;
		const fromServer = at !== '' && allowedOrigins.includes(new URL(at).origin);
		if (fromServer && message.text().startsWith('Failed to load resource')) return;
		problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) =>
		problems.push(
			`page error: ${error.message} (${error.stack?.split('\n').slice(0, 4).join(' | ')})`
		)
	);
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !allowed.has(url.origin)) {
			problems.push(`request to another host: ${request.url()}`);
		}
	});
	return problems;
}

export { expect };

/**
 * Fails when axe finds WCAG 2.1 A or AA violations on the page as it is now, label-in-name (2.5.3)
 * included: axe counts that rule experimental and leaves it out unless asked.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	// options() replaces every option, so it comes before withTags() (which sets runOnly).
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}
