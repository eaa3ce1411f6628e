/** The words of the .pth loader (kept apart from the component so they can be reviewed and translated). */
import { alexNetZh } from '$lib/content/running';
import { localised } from '$lib/i18n/localised';
import type { PthErrorKind } from '$lib/pth/errors';
import type { PresetName } from '$lib/weights/presets';

const loaderTextEn = {
	title: 'Load your own weights',
	pick: 'Choose a PyTorch .pth file',
	drop: 'or drop it here',
	privacy: 'The file is read in this browser and never uploaded.',
	preset: 'Images are prepared as for',
	presets: {
		auto: 'a guess from the file',
		imagenet: 'ImageNet (resize 256, crop)',
		seed: 'the article (stretch, ImageNet colours)',
		'fashion-mnist': 'Fashion-MNIST (grey, stretch)',
		'fashion-photo': 'Fashion-MNIST in colour (resize, crop)'
	} satisfies Record<PresetName | 'auto', string>,
	reading: (name: string) => `Reading ${name}…`,
	refusedHeading: 'This file was not loaded.',
	internalError: 'Something went wrong while reading the file:',
	loaded: (facts: { name: string; variant: string; classes: number; params: string; dtypes: string; size: string }) =>
		`Loaded ${facts.name} (${facts.size}): the ${facts.variant} AlexNet with ${facts.classes} classes, ` +
		`${facts.params} parameters stored as ${facts.dtypes}.`,
	/** How a list of storage types is joined ("float32 and float16"). */
	and: ' and ',
	/**
	 * What went wrong and what to do, per refusal. An English page shows the reader's own message as it is
	 * (it is written for the person who picked the file); another language shows this sentence, with the
	 * reader's English message kept below it, folded, as the technical detail.
	 */
	refusals: {
		'not-pytorch': 'This is not a file saved by torch.save.',
		'legacy-format': "This file uses PyTorch 0.1's tar format, which is not read.",
		truncated: 'The file ends too early.',
		'refused-global': 'The file asks to run code, so it was refused.',
		unsupported: 'The file holds a construct that is not read.',
		corrupt: 'The file contradicts itself: it is damaged.',
		'not-state-dict': 'The file holds no state dict of weights.',
		mismatch: 'The weights fit no AlexNet variant.',
		'too-large': 'The file asks for more memory or work than any AlexNet needs.',
		'non-finite': 'Some weights are NaN or infinite.',
		internal: 'Something went wrong while reading the file.'
	} satisfies Record<PthErrorKind | 'internal', string>,
	details: 'Technical details',
	/** The reader's notes in this language, or null to show them as they are. */
	note: (note: string): string | null => note
};

export const loaderText = localised({
	en: loaderTextEn,
	zh: {
		title: '加载你自己的权重',
		pick: '选择一个 PyTorch .pth 文件',
		drop: '或者把它拖到这里',
		privacy: '文件只在这个浏览器里读取，绝不会上传。',
		preset: '图片的预处理方式',
		presets: {
			auto: '根据文件自动猜测',
			imagenet: 'ImageNet（缩放到 256，再裁剪）',
			seed: '原文（拉伸，使用 ImageNet 的颜色均值）',
			'fashion-mnist': 'Fashion-MNIST（灰度，拉伸）',
			'fashion-photo': '彩色 Fashion-MNIST（缩放，再裁剪）'
		},
		reading: (name: string) => `正在读取 ${name}…`,
		refusedHeading: '这个文件没有加载。',
		internalError: '读取文件时出了问题：',
		loaded: (facts: { name: string; variant: string; classes: number; params: string; dtypes: string; size: string }) =>
			`已加载 ${facts.name}（${facts.size}）：${alexNetZh(facts.variant)}，${facts.classes} 个类别，` +
			`${facts.params} 个参数，以 ${facts.dtypes} 格式存储。`,
		and: ' 和 ',
		refusals: {
			'not-pytorch':
				'这不是 PyTorch 用 torch.save 保存的文件（既不是 zip 格式，也不是旧式的 pickle 序列）。请选择一个 .pth 权重文件。',
			'legacy-format':
				'这个文件用的是 PyTorch 最早期（0.1 版）的 tar 存档格式，这里无法读取。请在较新的 PyTorch 中加载它，再用 torch.save 重新保存。',
			truncated: '文件在中途就结束了，可能在下载或复制时被截断。请重新获取一份完整的文件。',
			'refused-global':
				'这个文件要求运行代码（它引用了不在允许列表中的 Python 对象），为了安全，这里拒绝读取。请只保存权重：torch.save(model.state_dict(), 文件名)。',
			unsupported:
				'文件里有这里无法解读的结构。请在 PyTorch 中用 torch.save(model.state_dict(), 文件名) 重新保存，只保存权重。',
			corrupt: '文件内部的结构自相矛盾，多半已经损坏。请重新获取一份，或者重新保存。',
			'not-state-dict':
				'文件读取成功，但里面没有可用的权重字典（state_dict）。请保存 model.state_dict()，而不是别的对象。',
			mismatch:
				'文件里的权重名称或形状与这里的任何一个 AlexNet 网络版本都对不上。请确认它是 AlexNet 的权重：原文的单塔网络、torchvision 的 alexnet()，或 2012 论文的双塔网络。',
			'too-large':
				'这个文件要求的内存或计算量超出了任何 AlexNet 检查点所需，为了保护你的浏览器，在读取之前就拒绝了它。',
			'non-finite': '文件中有权重是 NaN 或无穷大：生成它们的训练出了问题（发散了）。请换一个训练正常的检查点。',
			internal: '读取文件时出了意外的错误。可以再试一次，或者换一个文件。'
		},
		details: '技术细节',
		note: (note: string): string | null => {
			let m = /^Removed the "(.*)" that (.*) puts before every key\.$/.exec(note);
			if (m) return `去掉了 ${m[2]} 在每个键前面加上的“${m[1]}”。`;
			m = /^Found the weights under (.+?)(?: \(the file also holds (.*)\))?\.$/.exec(note);
			if (m) return `在 ${m[1]} 下找到了权重${m[2] ? `（文件里还有 ${m[2]}）` : ''}。`;
			m = /^Assumed (\S+) preprocessing(?: and (\S+) labels)?\.$/.exec(note);
			if (m) return `按 ${m[1]} 的方式预处理图片${m[2] ? `，并使用 ${m[2]} 的类别名称` : ''}。`;
			return null;
		}
	}
});
