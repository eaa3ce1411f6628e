/** The words around the pages: site name, navigation, overview, footer. */
import { localised } from '$lib/i18n/localised';

/** A name, the same in every language. */
export const siteName = 'AlexNet Lab';

export const tagline = localised({ en: 'AlexNet, layer by layer', zh: '逐层看懂 AlexNet' });

export const nav = localised({
	en: {
		main: 'Main',
		overview: 'Overview',
		layers: 'Layers',
		chapter: 'Why it worked',
		summary: 'Summary',
		model: 'Model & weights',
		lesson: 'Lesson',
		variant: 'Variant',
		variantHint: 'Arrow keys choose; Enter, or leaving the menu, switches the network.',
		menu: 'Menu',
		projector: 'Projector mode',
		skip: 'Skip to content',
		language: 'Language'
	},
	zh: {
		main: '主导航',
		overview: '总览',
		layers: '逐层',
		chapter: '为什么有效',
		summary: '汇总',
		model: '模型与权重',
		lesson: '课堂',
		variant: '网络版本',
		variantHint: '用方向键选择；按 Enter 或离开菜单即切换网络。',
		menu: '菜单',
		projector: '投影模式',
		skip: '跳到正文',
		language: '语言'
	}
});

export const variantBlurbs = localised<Record<string, string>>({
	en: {
		seed: "The article's one-tower network: every layer of the 2012 paper at half width, on one device.",
		torchvision:
			'torchvision\'s `alexnet()`, which its documentation traces to Krizhevsky\'s 2014 "One weird trick" paper: one tower with ' +
			'its own channel counts, and an adaptive average pool before the classifier.',
		paper2012:
			"The 2012 paper's two-tower network on one device: `groups=2` stands for the two GPUs, with local response normalisation and a 227×227 input."
	},
	zh: {
		seed: '原文的单塔网络：2012 年论文的每一层都保留，通道数减半，在一个设备上运行。',
		torchvision:
			'torchvision 的 `alexnet()`，其文档将它追溯到 Krizhevsky 2014 年的论文“One weird trick”：单塔结构，' +
			'通道数有所不同，并在分类器之前加了一个自适应平均池化层。',
		paper2012:
			'2012 年论文的双塔网络，放在一个设备上运行：`groups=2` 代表两块 GPU，带有局部响应归一化（LRN），输入为 227×227。'
	}
});

export const footer = localised({
	en: {
		offline: 'Runs entirely in your browser; nothing you do here leaves this page.',
		source: 'Numbers are computed from the network description and checked against PyTorch.'
	},
	zh: {
		offline: '完全在你的浏览器中运行；你在这里做的一切都不会离开本页面。',
		source: '所有数字都由网络描述计算得出，并与 PyTorch 的结果核对过。'
	}
});
