/** Debian's Chromium as Playwright drives it here (browsers cannot be downloaded). */
export const chromiumLaunchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	// Without the networking flags Chromium tries to reach outside hosts, which this network refuses.
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
