/** The preprocessing walk-through: how the chosen picture becomes the numbers AlexNet reads. */
import { localised } from '$lib/i18n/localised';
import type { ResizePolicy } from '../../weights/manifest';

type Size = { width: number; height: number };

export const preprocessText = localised({
	en: {
		heading: 'From picture to numbers',
		intro:
			'AlexNet never sees the picture itself. It sees a block of numbers, made the same way as for every image it was trained on. The model card says how.',
		original: 'The picture as chosen',
		normalised: 'Normalised, channel by channel',
		normalise:
			'Each value is scaled to lie between 0 and 1, then shifted by the training images’ mean and divided by their standard deviation, so that a typical pixel comes out near 0.',
		grey: 'This model was trained on grey pictures, so the picture is turned grey first (0.299 R + 0.587 G + 0.114 B) and the grey copied into all three channels.',
		example: 'The centre pixel, for example:',
		channels: ['Red channel', 'Green channel', 'Blue channel'],
		/** The original's size, and the working size when it was scaled down on opening. */
		originalCaption: (original: Size, working: Size) => {
			const size = `The picture as chosen: ${original.width} × ${original.height}`;
			return working.width === original.width
				? size
				: `${size} (scaled to ${working.width} × ${working.height} on opening)`;
		},
		resizeCaption: (policy: ResizePolicy) =>
			policy.kind === 'stretch'
				? `Stretched to ${policy.size} × ${policy.size} pixels`
				: `Shorter side resized to ${policy.resize}, then the centre ${policy.crop} × ${policy.crop} cut out`
	},
	zh: {
		heading: '从图片到数字',
		intro:
			'AlexNet 从来看不到图片本身。它看到的是一块数字，做法和它训练时见过的每一张图片完全一样。具体怎么做，写在模型卡里。',
		original: '选中的图片',
		normalised: '逐通道归一化',
		normalise:
			'每个值先缩放到 0 到 1 之间，再减去训练图片的均值、除以它们的标准差，这样一个典型像素的结果就在 0 附近。',
		grey: '这个模型是用灰度图片训练的，所以图片先转成灰度（0.299 R + 0.587 G + 0.114 B），再把灰度值复制到三个通道里。',
		example: '以中心像素为例：',
		channels: ['红色通道', '绿色通道', '蓝色通道'],
		originalCaption: (original: Size, working: Size) => {
			const size = `选中的图片：${original.width}×${original.height}`;
			return working.width === original.width ? size : `${size}（打开时已缩小到 ${working.width}×${working.height}）`;
		},
		resizeCaption: (policy: ResizePolicy) =>
			policy.kind === 'stretch'
				? `拉伸到 ${policy.size}×${policy.size} 像素`
				: `短边缩放到 ${policy.resize}，再从中心裁出 ${policy.crop}×${policy.crop}`
	}
});
