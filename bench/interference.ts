/**
 * How much CPU other processes took while the benchmark ran: on a 2-core machine
 * one busy neighbour halves what PyTorch's second thread gets (and OpenMP threads
 * that wait on a descheduled partner make it worse), so the figures are only
 * meaningful next to this number.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Sample {
	ppid: number;
	/** CPU time in clock ticks. */
	ticks: number;
	name: string;
}

const TICKS_PER_SECOND = 100;

function sampleAll(): Map<number, Sample> {
	const samples = new Map<number, Sample>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// The name is in parentheses and may contain spaces; the fields after it are space-separated.
			const close = stat.lastIndexOf(')');
			const fields = stat.slice(close + 2).split(' ');
			const name = stat.slice(stat.indexOf('(') + 1, close);
			// utime + stime, plus the time of children it has reaped (short-lived helpers never show up on their own).
			const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
			samples.set(Number(entry), { ppid: Number(fields[1]), ticks, name });
		} catch {
			// The process ended between listing and reading.
		}
	}
	return samples;
}

function descendantsOf(root: number, samples: Map<number, Sample>): Set<number> {
	const mine = new Set([root]);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, s] of samples) {
			if (!mine.has(pid) && mine.has(s.ppid)) {
				mine.add(pid);
				grew = true;
			}
		}
	}
	return mine;
}

export interface Interference {
	/** CPU seconds used by processes outside the benchmark. */
	otherCpuSeconds: number;
	wallSeconds: number;
	/** The busiest of them, by name. */
	busiest: string[];
}

/** Call at the start; the returned function, at the end, says what the rest of the machine did meanwhile. */
export function watchInterference(): () => Interference {
	const start = sampleAll();
	const started = performance.now();
	const mine = new Set<number>();
	// Children come and go (Chromium, Python): note them while they live.
	const timer = setInterval(() => descendantsOf(process.pid, sampleAll()).forEach((pid) => mine.add(pid)), 1000);
	return () => {
		clearInterval(timer);
		const end = sampleAll();
		descendantsOf(process.pid, end).forEach((pid) => mine.add(pid));
		const byName = new Map<string, number>();
		for (const [pid, s] of end) {
			if (mine.has(pid)) continue;
			const ticks = s.ticks - (start.get(pid)?.ticks ?? 0);
			if (ticks > 0) byName.set(s.name, (byName.get(s.name) ?? 0) + ticks / TICKS_PER_SECOND);
		}
		const busiest = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 4);
		return {
			otherCpuSeconds: [...byName.values()].reduce((a, b) => a + b, 0),
			wallSeconds: (performance.now() - started) / 1000,
			busiest: busiest.filter(([, s]) => s >= 1).map(([name, s]) => `${name} ${s.toFixed(0)} s`)
		};
	};
}
