/**
 * A deliberately plain static file server for the built site: it does what any
 * static host does (a folder URL serves its index.html) and nothing SvelteKit-
 * specific, so the tests prove the build works when copied anywhere. It sends
 * the cross-origin isolation headers the WASM backend's threads need.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

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
	'.txt': 'text/plain; charset=utf-8'
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

export function serveStatic(root: string, port = 0): Promise<RunningServer> {
	const server: Server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const path = normalize(join(root, decodeURIComponent(pathname)));
		if (path !== root && !path.startsWith(root + sep)) {
			response.writeHead(403).end();
			return;
		}
		let stats = statOrNull(path);
		if (stats?.isDirectory() && !pathname.endsWith('/')) {
			response.writeHead(301, { Location: `${pathname}/` }).end();
			return;
		}
		const file = stats?.isDirectory() ? join(path, 'index.html') : path;
		stats = statOrNull(file);
		if (!stats?.isFile()) {
			response.writeHead(404, { 'Content-Type': 'text/plain', ...ISOLATION_HEADERS }).end('Not found');
			return;
		}
		response.writeHead(200, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Content-Length': stats.size,
			'Cache-Control': 'no-cache',
			...ISOLATION_HEADERS
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const { port: actual } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${actual}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
