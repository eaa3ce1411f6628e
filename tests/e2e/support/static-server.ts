/**
 * A deliberately plain static file server for the built site: it does what any
 * static host does (a folder URL serves its index.html) and nothing SvelteKit-
 * specific, so the tests prove the build works when copied anywhere. It sends
 * the cross-origin isolation headers the WASM backend's threads need, unless
 * told to behave like a host that cannot (`isolation: false`); `folder` serves
 * the site under a subfolder, as a school server or GitHub Pages would.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.bin': 'application/octet-stream',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

export const ISOLATION_HEADERS = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

export interface RunningServer {
	url: string;
	close: () => Promise<void>;
}

function statOrNull(path: string): Stats | null {
	try {
		return statSync(path);
	} catch {
		return null;
	}
}

export interface ServeOptions {
	port?: number;
	/** Send COOP/COEP with every response (default true). */
	isolation?: boolean;
	/** Serve the site under this folder, e.g. `/school/alexnet/` (default `/`). */
	folder?: string;
	/** Gzip text (HTML, JS, CSS, JSON, SVG) for clients that accept it, as GitHub Pages or nginx do (default false). */
	compress?: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

export function serveStatic(root: string, options: ServeOptions = {}): Promise<RunningServer> {
	const { port = 0, isolation = true, folder = '/', compress = false } = options;
	const isolationHeaders = isolation ? ISOLATION_HEADERS : {};
	const server: Server = createServer((request, response) => {
		const { pathname: requested } = new URL(request.url ?? '/', 'http://localhost');
		if (!requested.startsWith(folder)) {
			response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
			return;
		}
		const pathname = requested.slice(folder.length - 1);
		const path = normalize(join(root, decodeURIComponent(pathname)));
		if (path !== root && !path.startsWith(root + sep)) {
			response.writeHead(403).end();
			return;
		}
		let stats = statOrNull(path);
		if (stats?.isDirectory() && !pathname.endsWith('/')) {
			response.writeHead(301, { Location: `${requested}/` }).end();
			return;
		}
		const file = stats?.isDirectory() ? join(path, 'index.html') : path;
		stats = statOrNull(file);
		if (!stats?.isFile()) {
			response.writeHead(404, { 'Content-Type': 'text/plain', ...isolationHeaders }).end('Not found');
			return;
		}
		const gzip =
			compress && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		response.writeHead(200, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': stats.size }),
			'Cache-Control': 'no-cache',
			...isolationHeaders
		});
		if (request.method === 'HEAD') response.end();
		else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
		else createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const { port: actual } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${actual}${folder === '/' ? '' : folder}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
