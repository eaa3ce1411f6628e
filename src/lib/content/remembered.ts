/** What the reader reads about weights kept on this device (the Model page). */
import { formatCount } from '$lib/i18n/format';
import { localised } from '$lib/i18n/localised';
import type { PersistResult } from '$lib/offline/storage-space';

/** Sizes as the .pth loader writes them: MB (of 1024 × 1024 bytes), GB from 1024 MB; the same in both languages. */
export function formatBytes(bytes: number): string {
	const mb = bytes / 1024 / 1024;
	if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
	return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

export interface KeptFacts {
	/** The variant's title. */
	variant: string;
	classes: number;
	bytes: number;
	/** ISO 8601. */
	savedAt: string;
}

const dateOptions: Intl.DateTimeFormatOptions = {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
};
const classesEn = (n: number) => `${formatCount(n, 'en')} class${n === 1 ? '' : 'es'}`;
const keptEn = (savedAt: string) => new Date(savedAt).toLocaleString('en-GB', dateOptions);
const keptZh = (savedAt: string) => new Date(savedAt).toLocaleString('zh-CN', dateOptions);

export const rememberedText = localised({
	en: {
		heading: 'Kept on this device',
		intro:
			'A model you keep is stored, already converted, in this browser on this device (IndexedDB): nothing is uploaded. After a reload, Use runs it again without the file. Forget removes it and frees its space.',
		/** Follows the running-weights policy beside the loader. */
		afterReload:
			'Loading a .pth switches the page to its variant. After a reload the page runs the shipped or untrained weights again; a model you chose to keep on this device waits in the list below until you choose Use.',
		empty: 'No model is kept on this device yet: load a .pth above, then choose “Keep on this device”.',
		listLabel: 'Models kept on this device',
		facts: (f: KeptFacts) =>
			`${f.variant} AlexNet · ${classesEn(f.classes)} · ${formatBytes(f.bytes)} · kept ${keptEn(f.savedAt)}`,
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
		/** `persist`: what the browser said when asked to keep a large model (null: not asked). */
		saved: (name: string, persist: string) => `${name} is kept on this device.${persist ? ` ${persist}` : ''}`,
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
	},
	zh: {
		heading: '在本设备上记住的模型',
		intro:
			'你记住的模型会以转换好的形式存放在本设备的这个浏览器里（IndexedDB），不会上传到任何地方。重新加载页面后，点“使用”即可再次运行它，不需要原来的文件。点“忘记”会删除它并释放所占的存储空间。',
		afterReload:
			'加载 .pth 后，页面会切换到它的网络版本。重新加载页面后，页面又会运行随应用提供的权重或未训练的权重；你选择在本设备上记住的模型会留在下面的列表里，点“使用”即可再次运行。',
		empty: '本设备上还没有记住的模型：先在上方加载一个 .pth，再点“在本设备上记住”。',
		listLabel: '在本设备上记住的模型',
		facts: (f: KeptFacts) =>
			`${f.variant} AlexNet · ${formatCount(f.classes, 'zh')} 个类别 · ${formatBytes(f.bytes)} · 记住于 ${keptZh(f.savedAt)}`,
		incomplete: '没有完整保存（写入时标签页被关闭或磁盘已满）：请忘记它，以释放所占的空间。',
		running: '正在运行',
		use: '使用',
		useLabel: (name: string) => `使用 ${name}`,
		forget: '忘记',
		forgetLabel: (name: string) => `忘记 ${name}`,

		keep: (size: string) => `在本设备上记住（${size}）`,
		keepNote: '加载的权重只在这个标签页中有效。记住它们，重新加载页面后就能在下面的列表里找到（仅限本设备）。',
		saving: (name: string) => `正在把 ${name} 记在本设备上…`,
		saved: (name: string, persist: string) => `${name} 已记在本设备上。${persist}`,
		already: (name: string) => `${name} 已经记在本设备上了。`,
		persist: {
			granted: '浏览器已同意：设备空间不足时不会清除它。',
			already: '浏览器已同意：设备空间不足时不会清除本站的数据。',
			denied: '设备空间不足时，浏览器可能会清除记住的模型（浏览器只给常用或已安装的网站授予持久存储）。',
			unsupported: ''
		},
		quota: (needed: string, free: string | null) =>
			`这个浏览器没有空间记住该模型（需要 ${needed}${free ? `，只剩 ${free}` : ''}）。本次访问中它仍然可以运行；其他数据都没有被删除。`,
		saveFailed: (message: string) => `无法记住该模型（${message}）。本次访问中它仍然可以运行；其他数据都没有被删除。`,

		reading: (name: string) => `正在从本设备读取 ${name}…`,
		used: (name: string) => `${name} 正在运行，读取自本设备。`,
		unreadable: (name: string) => `无法完整读回 ${name}：请忘记它，然后重新加载 .pth 文件。`,
		forgotten: (name: string) => `${name} 已忘记，所占的空间已释放。`,
		forgottenStillRunning: (name: string) =>
			`${name} 已忘记，所占的空间已释放；在你重新加载页面之前，它仍会在这个标签页中运行。`,
		failed: (message: string) => `操作没有成功：${message}`,

		space: (usage: number, quota: number) =>
			`本站在这个浏览器中存储了 ${formatBytes(usage)}（包括记住的模型和网站的离线副本），浏览器允许的上限是 ${formatBytes(quota)}。`,
		spaceUnknown: '这个浏览器没有说明本站用了多少存储空间。'
	}
});

/** One language's words: what a message is written with. */
export type RememberedWords = (typeof rememberedText)['en'];
