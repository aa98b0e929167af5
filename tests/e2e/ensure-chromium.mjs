// Makes sure the e2e tests' Debian tools are installed: Chromium for Playwright (browsers cannot be
// downloaded here) and poppler-utils (pdftotext, pdfinfo) to read the printed report back.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needed = [
	{ name: 'Chromium', path: chromium, pkg: 'chromium' },
	{ name: 'pdftotext (poppler-utils)', path: '/usr/bin/pdftotext', pkg: 'poppler-utils' }
].filter((tool) => !existsSync(tool.path));

if (needed.length > 0) {
	const packages = needed.map((tool) => tool.pkg).join(' ');
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`${needed.map((tool) => tool.name).join(' en ')} ontbreekt. Installeer als root: apt-get update && apt-get install -y ${packages}`
		);
		process.exit(1);
	}
	console.log(`${packages} ontbreekt; installeren met apt-get...`);
	try {
		execSync(
			`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
			{ stdio: 'inherit' }
		);
	} catch {
		console.error('Installeren is mislukt: de end-to-end tests kunnen niet draaien.');
		process.exit(1);
	}
	for (const tool of needed) {
		if (!existsSync(tool.path)) {
			console.error(`${tool.name} staat na installatie niet op ${tool.path}.`);
			process.exit(1);
		}
	}
}
