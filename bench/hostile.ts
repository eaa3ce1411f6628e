/**
 * `npm run bench:hostile`: every hostile fixture (scripts/fixtures.sh) through
 * `npm run convert` in a child process, with its wall time, peak memory (GNU
 * time's maximum resident set) and exit code: the worst cases at a glance.
 * The tests assert outcomes (src/cli/hostile.test.ts); this measures them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostileIndex, hostilePath } from '../src/lib/pth/testing/fixtures';

const ROOT = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
const rows: string[][] = [['file', 'bytes', 'exit', 'seconds', 'peak MB']];
try {
	for (const c of hostileIndex().refused) {
		const rss = join(scratch, `${c.file}.rss`);
		const started = performance.now();
		const run = spawnSync(
			'/usr/bin/time',
			['-f', '%M', '-o', rss, process.execPath, '--import', 'tsx', 'src/cli/convert.ts', hostilePath(c.file)].concat([
				'--out',
				join(scratch, c.file)
			]),
			{ cwd: ROOT, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' }
		);
		const seconds = (performance.now() - started) / 1000;
		const peakKb = Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1));
		rows.push([c.file, String(c.bytes), String(run.status), seconds.toFixed(2), (peakKb / 1024).toFixed(0)]);
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows)
	process.stdout.write(`${row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')}\n`);
