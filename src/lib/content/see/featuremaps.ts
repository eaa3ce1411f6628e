/** What students read around the feature maps. */
import { localised } from '$lib/i18n/localised';
import type { RangeMode } from '../../visual/range';

const fixed = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(3));

type Field = { x: number; y: number; width: number; height: number };

export const mapsText = localised({
	en: {
		heading: 'What this layer sees in your picture',
		gridLabel: (stepId: string, channels: number) =>
			`${stepId}: ${channels} feature map${channels === 1 ? '' : 's'}, one tile each`,
		vectorLabel: (stepId: string, length: number) => `${stepId}: ${length} numbers, laid out as a square`,
		/** A tile of the grid, as a button (the tests find tiles by this name). */
		tile: (channel: number) => `Channel ${channel}`,
		signed: 'Purple is negative, white zero, orange positive: before ReLU, values of both signs are there.',
		unsigned: 'Dark is zero, yellow the largest value: after ReLU nothing is negative.',
		open: 'Click a tile (or press Enter on it) to open it large. Arrow keys move between tiles.',
		channelPictures:
			'An opened tile also shows what its channel looks for: the filter that makes it, the pictures that excite it most, and a picture grown from noise to excite it. These show what raises the channel, not what it “means”: a few examples and one optimised picture cannot prove a channel detects a collar or a heel.',
		empty: 'The network has not looked at a picture yet.',
		absent: (stepId: string, model: string) =>
			`The loaded model (${model}) has no ${stepId} step, so there is nothing to show for it here. Load a model of this variant to see it.`,
		range: 'Colour range',
		rangeModes: {
			channel: 'each tile',
			layer: 'this layer',
			network: 'whole network'
		} satisfies Record<RangeMode, string>,
		rangeHelp: {
			channel: 'Every tile uses all the colours: faint patterns show, but tiles cannot be compared.',
			layer: 'One range for the layer: bright tiles are the channels that answered most strongly.',
			network: 'One range for every layer: shows how values grow or shrink through the network.'
		} satisfies Record<RangeMode, string>,
		legend: (mode: RangeMode) =>
			`Value → colour (${mode === 'channel' ? 'range of the first tile; each tile has its own' : 'shared range'})`,
		/** The colour scale's accessible name: its caption and its two ends. */
		legendRange: (label: string, from: string, to: string) => `${label}: from ${from} to ${to}`
	},
	zh: {
		heading: '这一层在你的图片里看到了什么',
		gridLabel: (stepId: string, channels: number) => `${stepId}：${channels} 张特征图，每张一格`,
		vectorLabel: (stepId: string, length: number) => `${stepId}：${length} 个数，排成一个正方形`,
		tile: (channel: number) => `通道 ${channel}`,
		signed: '紫色为负，白色为零，橙色为正：ReLU 之前，正负两种值都有。',
		unsigned: '深色为零，黄色为最大值：经过 ReLU 之后，没有负值了。',
		open: '点击某一格（或在它上面按 Enter）即可放大查看。方向键可在各格之间移动。',
		channelPictures:
			'放大的格子还会显示这个通道在找什么：产生它的滤波器、最能激活它的几张图片，以及一张从噪声出发、专门为激活它而生成的图片。这些只能说明什么会让这个通道的值升高，而不是它“意味着”什么：几个例子加一张优化出来的图片，并不能证明某个通道检测的是衣领还是鞋跟。',
		empty: '网络还没有看过任何图片。',
		absent: (stepId: string, model: string) =>
			`已加载的模型（${model}）没有 ${stepId} 这一步，所以这里没有可显示的内容。加载这个网络版本的模型就能看到。`,
		range: '色标范围',
		rangeModes: {
			channel: '每格各自',
			layer: '整层统一',
			network: '全网络统一'
		},
		rangeHelp: {
			channel: '每一格都用满全部颜色：微弱的图案也看得出来，但格与格之间不能比较。',
			layer: '整层共用一个范围：越亮的格子，就是反应越强的通道。',
			network: '所有层共用一个范围：可以看出数值在网络中怎样变大或变小。'
		},
		legend: (mode: RangeMode) =>
			`数值 → 颜色（${mode === 'channel' ? '第一格的范围；每一格都有自己的范围' : '共用的范围'}）`,
		legendRange: (label: string, from: string, to: string) => `${label}：从 ${from} 到 ${to}`
	}
});

export const zoomText = localised({
	en: {
		title: (stepId: string, channel: number) => `${stepId}, channel ${channel}`,
		close: 'Close',
		mapLabel: (h: number, w: number) =>
			`Feature map of ${h} by ${w} cells. Arrow keys move the cursor; the value is read out below.`,
		readout: (channel: number, row: number, column: number, value: number) =>
			`channel ${channel}, row ${row}, column ${column}: value ${fixed(value)}`,
		fieldLabel: (f: Field) =>
			`The model's input with the cell's receptive field outlined: ${f.width} by ${f.height} pixels from column ${f.x}, row ${f.y}`,
		field: (f: Field, rf: number) =>
			`This cell sees the outlined ${f.width} × ${f.height} pixels of the input (a ${rf} × ${rf} field, cut where it runs past the edge or into the padding).`
	},
	zh: {
		title: (stepId: string, channel: number) => `${stepId}，通道 ${channel}`,
		close: '关闭',
		mapLabel: (h: number, w: number) => `${h}×${w} 格的特征图。方向键移动光标，下方会读出对应的值。`,
		readout: (channel: number, row: number, column: number, value: number) =>
			`通道 ${channel}，第 ${row} 行，第 ${column} 列：值为 ${fixed(value)}`,
		fieldLabel: (f: Field) =>
			`模型的输入，框出了这个格子的感受野：从第 ${f.x} 列、第 ${f.y} 行开始的 ${f.width}×${f.height} 像素`,
		field: (f: Field, rf: number) =>
			`这个格子看到的是输入中框出的 ${f.width}×${f.height} 像素（感受野为 ${rf}×${rf}，超出图片边缘或落进填充的部分已去掉）。`
	}
});

export const networkMapsText = localised({
	en: {
		heading: 'Your picture, layer by layer',
		intro:
			'One forward pass, every step’s output. Early layers still look like the picture; deeper ones keep less of where things are and more of what is there. Open a step to see its maps large.'
	},
	zh: {
		heading: '你的图片，一层一层看',
		intro:
			'一次前向传播，每一步的输出都在这里。前几层看起来还像原图；越往深处，保留的“东西在哪里”越少，“有什么东西”越多。打开某一步，可以看到它放大的特征图。'
	}
});
