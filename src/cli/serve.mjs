// Serves the built app (build/) on localhost with the SPA fallback, so deep links and reloads
// work. Used by `npm start` and the end-to-end tests; no dependencies beyond Node. The build holds
// brotli and gzip copies of every file (adapter-static's precompress); they are sent to browsers
// that accept them, as any production host would, so a slow mobile link fetches a fraction.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const fallback = join(root, '200.html');

if (!existsSync(fallback)) {
	console.error(`Geen gebouwde app gevonden in ${root}. Draai eerst: npm run build`);
	process.exit(1);
}

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

/** The brotli or gzip copy of `file` the browser accepts, if the build holds one. */
function compressedCopy(file, acceptEncoding) {
	for (const [name, suffix] of [
		['br', '.br'],
		['gzip', '.gz']
	]) {
		const accepted = acceptEncoding.split(',').some((part) => part.trim().split(';')[0] === name);
		if (accepted && existsSync(file + suffix)) return { name, file: file + suffix };
	}
	return undefined;
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
	const inside = wanted.startsWith(root);
	const isFile = inside && existsSync(wanted) && statSync(wanted).isFile();
	const file = isFile ? wanted : fallback;
	const immutable = isFile && url.pathname.includes('/_app/immutable/');
	const encoding = compressedCopy(file, String(request.headers['accept-encoding'] ?? ''));
	response.writeHead(200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		vary: 'accept-encoding',
		...(encoding ? { 'content-encoding': encoding.name } : {}),
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer'
	});
	createReadStream(encoding?.file ?? file).pipe(response);
});

server.listen(port, host, () => {
	console.log(`Baatwijzer draait op http://localhost:${port}/`);
});
