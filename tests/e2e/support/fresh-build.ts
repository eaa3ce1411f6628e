/** Builds the site once when build/ is missing or older than any of its sources. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
	let stats;
	try {
		stats = statSync(path);
	} catch {
		return 0;
	}
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

function builtAt(root: string): number {
	try {
		return statSync(join(root, 'build', 'index.html')).mtimeMs;
	} catch {
		return 0;
	}
}

export function ensureFreshBuild(root: string): void {
	const sourcesChanged = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
	if (builtAt(root) > sourcesChanged) return;
	console.log('e2e: build/ is missing or stale, running npm run build');
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
