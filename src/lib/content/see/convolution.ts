/** What students read around the sliding-window animations. */
import { localised } from '$lib/i18n/localised';

export const stepperText = localised({
	en: {
		previous: 'Previous position',
		next: 'Next position',
		play: 'Play',
		pause: 'Pause',
		position: 'Window position',
		keys: 'Keys: ← and → step, space plays or pauses, Home and End jump to the ends.',
		reduced: 'Your system asks for reduced motion, so nothing moves until you press Play or step.'
	},
	zh: {
		previous: '上一个位置',
		next: '下一个位置',
		play: '播放',
		pause: '暂停',
		position: '窗口位置',
		keys: '按键：← 和 → 逐步移动，空格键播放或暂停，Home 和 End 跳到两端。',
		reduced: '你的系统设置了减少动态效果，所以在你按“播放”或逐步移动之前，画面不会自己动。'
	}
});

/** The channel picker above each animation. */
export const pickerText = localised({
	en: {
		channel: 'Channel',
		range: (last: number) => `of 0–${last}`
	},
	zh: {
		channel: '通道',
		range: (last: number) => `（0–${last}）`
	}
});

export const convText = localised({
	en: {
		heading: 'The convolution at work',
		intro: (k: number, s: number, p: number) =>
			`The ${k} × ${k} window slides over the preprocessed picture ${s} pixels at a time, starting in the ${p}-pixel border of zeros (the padding). At each stop it multiplies every weight of one filter with the value under it and adds them all up, plus a bias: that sum is one cell of the output.`,
		inputLabel: (row: number, column: number) =>
			`The padded input with the window at output row ${row}, column ${column}`,
		outputLabel: (o: number) => `Output channel ${o}, filled up to the current cell`,
		channel: 'Filter (output channel)',
		check: (value: number) => `The engine’s own result for this cell: ${value.toFixed(3)}.`,
		channelNames: ['R', 'G', 'B'],
		/** Words inside the TeX of the dot product (KaTeX `\text{}`), so the formula itself stays the same. */
		tex: {
			products: (n: number) => `${n}\\text{ products}`,
			bias: 'bias'
		}
	},
	zh: {
		heading: '卷积的计算过程',
		intro: (k: number, s: number, p: number) =>
			`${k}×${k} 的窗口在预处理后的图片上滑动，每次移动 ${s} 个像素，从 ${p} 像素宽的一圈零（填充）开始。每停一处，它就把一个滤波器的每个权重与下方对应的值相乘，全部加起来，再加上偏置：这个和就是输出里的一个格子。`,
		inputLabel: (row: number, column: number) => `加了填充的输入，窗口对应输出的第 ${row} 行、第 ${column} 列`,
		outputLabel: (o: number) => `输出通道 ${o}，已填到当前格子`,
		channel: '滤波器（输出通道）',
		check: (value: number) => `引擎自己算出的这个格子的结果：${value.toFixed(3)}。`,
		channelNames: ['R', 'G', 'B'],
		tex: {
			products: (n: number) => `\\text{共 }${n}\\text{ 个乘积}`,
			bias: '偏置'
		}
	}
});

export const poolText = localised({
	en: {
		heading: 'Max-pooling at work',
		intro: (k: number, s: number) =>
			`The ${k} × ${k} pooling window moves ${s} cells at a time, so neighbouring windows overlap: the shared cells (hatched) are looked at twice. AlexNet’s authors found that this overlap made the network slightly more accurate and less prone to overfitting than windows that just touch.`,
		inputLabel: (row: number, column: number) =>
			`ReLU output with the pooling window for output row ${row}, column ${column}`,
		outputLabel: 'Pooled output, filled up to the current cell',
		formula: 'Each output cell keeps only the largest of the values under the window:'
	},
	zh: {
		heading: '最大池化的计算过程',
		intro: (k: number, s: number) =>
			`${k}×${k} 的池化窗口每次移动 ${s} 格，所以相邻的窗口会重叠：共用的格子（画斜线的部分）会被看两次。AlexNet 的作者发现，和刚好相接、互不重叠的窗口相比，这种重叠池化让网络的准确率略高，也更不容易过拟合。`,
		inputLabel: (row: number, column: number) => `ReLU 的输出，框出的是输出第 ${row} 行、第 ${column} 列的池化窗口`,
		outputLabel: '池化后的输出，已填到当前格子',
		formula: '每个输出格子只保留窗口内最大的那个值：'
	}
});

export const reluText = localised({
	en: {
		heading: 'ReLU at work',
		intro:
			'ReLU keeps positive values as they are and turns every negative value into 0. Step through the cells to see each one go through max(0, x).',
		before: 'Before ReLU (conv output)',
		after: 'After ReLU',
		negatives: (n: number, total: number) => `${n} of the ${total} values of this channel were negative and became 0.`
	},
	zh: {
		heading: 'ReLU 的计算过程',
		intro: 'ReLU 让正值保持不变，把所有负值都变成 0。逐格走一遍，看看每个值怎样经过 max(0, x)。',
		before: 'ReLU 之前（卷积的输出）',
		after: 'ReLU 之后',
		negatives: (n: number, total: number) => `这个通道的 ${total} 个值里，有 ${n} 个是负数，都变成了 0。`
	}
});
