/** What readers see about where the forward pass runs: the backend, why it was picked, and the choice of another. */
import type { BackendChoice, BackendName, ChoiceReason, EngineNotice } from '$lib/engine';
import { formatCount } from '$lib/i18n/format';
import { localised } from '$lib/i18n/localised';

/** Backends by their own names: the same in every language. */
export const backendTitle: Record<BackendName, string> = {
	webgpu: 'WebGPU',
	webgl: 'WebGL',
	wasm: 'WebAssembly',
	cpu: 'CPU'
};

/** The running backend in words, for `summary`. */
export interface BackendFacts {
	/** The backend's title (backendTitle). */
	backend: string;
	/** Why it runs (`reason[…]`). */
	why: string;
	/** What runs it beyond the name: threads, a software GPU, plain JavaScript; '' when nothing to add. */
	device: string;
	/** The last picture's time, when it ran on this backend. */
	ms: number | null;
}

export const backendText = localised({
	en: {
		heading: 'Where it runs',
		starting: 'Starting TensorFlow.js in this browser…',
		summary: (f: BackendFacts) =>
			`Computed in this browser by TensorFlow.js on ${f.backend} (${f.why}${f.device ? `; ${f.device}` : ''}).` +
			(f.ms === null ? '' : ` ${Math.round(f.ms)} ms for the last picture.`),
		gpu: 'Graphics:',
		/** Said of the backend that runs, after its name. */
		reason: {
			probe: 'the fastest in a short test on this device',
			cache: 'the fastest when this device was last tested',
			user: 'your choice',
			fallback: 'the next one that could start',
			only: 'the only one this browser offers'
		} satisfies Record<ChoiceReason, string>,
		softwareGpu: 'a GPU imitated by the processor, often slower than WebAssembly',
		wasmDetail: (threads: number, simd: boolean) =>
			`${threads} ${threads === 1 ? 'thread' : 'threads'}${simd ? ', SIMD' : ''}`,
		cpuDetail: 'plain JavaScript, no acceleration',
		choose: 'Run on',
		choices: {
			auto: 'the fastest here (automatic)',
			webgpu: 'WebGPU (graphics card)',
			webgl: 'WebGL (graphics card)',
			wasm: 'WebAssembly (processor)',
			cpu: 'CPU (plain JavaScript, slowest)'
		} satisfies Record<BackendChoice, string>,
		hint: 'Arrow keys choose; Enter, or leaving the menu, switches. The same numbers come out on every backend, up to rounding; only the time differs. Remembered in this browser.',
		notice: {
			fallback: (from: string, to: string) => `${from} could not start here, so the network runs on ${to}.`,
			'device-lost': (from: string, to: string) =>
				`The graphics card stopped answering (${from}); the network now runs on ${to}, and nothing on the page was lost.`
		} satisfies Record<EngineNotice['kind'], (from: string, to: string) => string>
	},
	zh: {
		heading: '在哪里运行',
		starting: '正在这个浏览器里启动 TensorFlow.js…',
		summary: (f: BackendFacts) =>
			`由 TensorFlow.js 在这个浏览器里用 ${f.backend} 计算（${f.why}${f.device ? `；${f.device}` : ''}）。` +
			(f.ms === null ? '' : `上一张图片用时 ${Math.round(f.ms)} ms。`),
		gpu: '显卡：',
		reason: {
			probe: '在这台设备上的简短测试中最快',
			cache: '这台设备上次测试时最快',
			user: '你的选择',
			fallback: '下一个能启动的后端',
			only: '这个浏览器只提供这一个'
		},
		softwareGpu: '由处理器模拟的 GPU，往往比 WebAssembly 还慢',
		wasmDetail: (threads: number, simd: boolean) => `${formatCount(threads, 'zh')} 个线程${simd ? '，SIMD' : ''}`,
		cpuDetail: '纯 JavaScript，没有加速',
		choose: '运行于',
		choices: {
			auto: '这里最快的（自动）',
			webgpu: 'WebGPU（显卡）',
			webgl: 'WebGL（显卡）',
			wasm: 'WebAssembly（处理器）',
			cpu: 'CPU（纯 JavaScript，最慢）'
		},
		hint: '用方向键选择；按 Enter 或离开菜单即切换。每个后端算出的数字都相同（只差舍入误差），不同的只是用时。这个选择会保存在本浏览器中。',
		notice: {
			fallback: (from: string, to: string) => `${from} 无法在这里启动，所以网络改在 ${to} 上运行。`,
			'device-lost': (from: string, to: string) =>
				`显卡停止了响应（${from}）；网络现在改在 ${to} 上运行，页面上的内容都还在。`
		}
	}
});
