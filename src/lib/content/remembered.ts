/** What the reader reads about weights kept on this device (the Model page). */
import type { PersistResult } from '$lib/offline/storage-space';

/** Sizes as the .pth loader writes them: MB (of 1024 × 1024 bytes), GB from 1024 MB. */
export function formatBytes(bytes: number): string {
	const mb = bytes / 1024 / 1024;
	if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
	return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

const classes = (n: number) => `${n.toLocaleString('en')} class${n === 1 ? '' : 'es'}`;
const kept = (date: Date) =>
	date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export const rememberedText = {
	heading: 'Kept on this device',
	intro:
		'A model you keep is stored, already converted, in this browser on this device (IndexedDB): nothing is uploaded. After a reload, Use runs it again without the file. Forget removes it and frees its space.',
	empty: 'No model is kept on this device yet: load a .pth above, then choose “Keep on this device”.',
	listLabel: 'Models kept on this device',
	facts: (f: { variant: string; classes: number; bytes: number; savedAt: string }) =>
		`${f.variant} AlexNet · ${classes(f.classes)} · ${formatBytes(f.bytes)} · kept ${kept(new Date(f.savedAt))}`,
	incomplete:
		'Not completely saved (the tab closed or the disk filled while it was written): forget it to free its space.',
	running: 'Running now',
	use: 'Use',
	useLabel: (name: string) => `Use ${name}`,
	forget: 'Forget',
	forgetLabel: (name: string) => `Forget ${name}`,

	keep: (size: string) => `Keep on this device (${size})`,
	keepNote:
		'Loaded weights stay in this tab only. Keep them to find them in the list below after a reload, on this device.',
	saving: (name: string) => `Keeping ${name} on this device…`,
	saved: (name: string) => `${name} is kept on this device.`,
	already: (name: string) => `${name} is already kept on this device.`,
	persist: {
		granted: 'The browser has agreed not to clear it when the device runs short of space.',
		already: 'The browser has agreed not to clear this site’s data when the device runs short of space.',
		denied:
			'The browser may clear kept models if the device runs short of space (it grants permanent storage to sites used often, or installed).',
		unsupported: ''
	} satisfies Record<PersistResult, string>,
	quota: (needed: string, free: string | null) =>
		`This browser has no room to keep the model (needs ${needed}${free ? `, ${free} free` : ''}). It is still loaded for this visit; nothing else was removed.`,
	saveFailed: (message: string) =>
		`The model could not be kept (${message}). It is still loaded for this visit; nothing else was removed.`,

	reading: (name: string) => `Reading ${name} from this device…`,
	used: (name: string) => `${name} runs now, read from this device.`,
	unreadable: (name: string) => `${name} could not be read back whole: forget it, then load the .pth again.`,
	forgotten: (name: string) => `${name} is forgotten and its space is free.`,
	forgottenStillRunning: (name: string) =>
		`${name} is forgotten and its space is free; it keeps running in this tab until you reload.`,
	failed: (message: string) => `That did not work: ${message}`,

	space: (usage: number, quota: number) =>
		`This site stores ${formatBytes(usage)} in this browser (kept models and the offline copy of the site), of ${formatBytes(quota)} the browser allows it.`,
	spaceUnknown: 'This browser does not say how much space the site uses.'
};
