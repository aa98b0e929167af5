// Makes sure Debian's Chromium is installed for Playwright (browsers cannot be downloaded here).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`Chromium ontbreekt (${chromium}). Installeer het als root: apt-get update && apt-get install -y chromium`
		);
		process.exit(1);
	}
	console.log('Chromium ontbreekt; installeren met apt-get...');
	try {
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
			{
				stdio: 'inherit'
			}
		);
	} catch {
		console.error('Chromium installeren is mislukt: de end-to-end tests kunnen niet draaien.');
		process.exit(1);
	}
	if (!existsSync(chromium)) {
		console.error(`Chromium staat na installatie niet op ${chromium}.`);
		process.exit(1);
	}
}
