/** What students read around the learned filters. */
import { localised } from '$lib/i18n/localised';

export const filtersText = localised({
	en: {
		heading: 'The filters this layer learned',
		conv1:
			'Each tile is one of conv1’s kernels: 11 × 11 weights for each of red, green and blue, shown as a colour picture. Grey means a weight near zero; a colour means the filter looks for that colour there.',
		deeper: (inChannels: number, k: number) =>
			`A filter here does not look at colours: it looks at the ${inChannels} feature maps of the layer before, with one ${k} × ${k} slice for each. Below are the slices of one filter.`,
		sortBy: 'Order the slices',
		sortModes: { index: 'by input channel', norm: 'strongest first (by norm)' },
		channel: 'Filter (output channel)',
		slicesLabel: (o: number, n: number) => `Filter ${o}: its ${n} input-channel slices`,
		kernelsLabel: (n: number) => `All ${n} kernels of conv1, as colour tiles`,
		oneKernel: (o: number) => `Kernel ${o} of conv1, enlarged`,
		loading: 'Loading the weights…',
		missing: 'The weights of this layer could not be read.',
		grey: 'Why do these filters look like coloured noise? This model learned from Fashion-MNIST, whose pictures are grey: red, green and blue always carried the same values, so every training step pushed the three colours of a weight the same way. The differences between the colours are the random numbers each weight started from, never trained away; what the filter learned is what its three colours share, the grey pattern under the noise. Load ImageNet weights (trained on colour photos) and conv1’s filters turn into clean coloured edges, stripes and blobs.',
		fashionPhoto:
			'These are the filters of the default model, trained on colour pictures of clothes laid over photographs. Some are soft grey light–dark patterns — blurry edges and bars at a few angles — and about two in three answer to colour: smooth gradients from one colour to another (a rainbow, blue into orange), green, blue and purple blobs, and colour edges such as green beside purple or a red band across dark. The first layer finds where brightness or colour changes, nothing more. They are plainer than the crisp striped filters of ImageNet’s AlexNet, which learned from a million photos of a thousand kinds of things: load torchvision’s weights to compare.',
		besideMap: 'The filter that made this map'
	},
	zh: {
		heading: '这一层学到的滤波器',
		conv1:
			'每一格是 conv1 的一个卷积核：红、绿、蓝各 11×11 个权重，合成一张彩色小图。灰色表示权重接近零；有颜色的地方，表示滤波器在那里寻找这种颜色。',
		deeper: (inChannels: number, k: number) =>
			`这里的滤波器不看颜色：它看的是前一层的 ${inChannels} 张特征图，每张对应一个 ${k}×${k} 的切片。下面是一个滤波器的全部切片。`,
		sortBy: '切片排序',
		sortModes: { index: '按输入通道', norm: '最强的在前（按范数）' },
		channel: '滤波器（输出通道）',
		slicesLabel: (o: number, n: number) => `滤波器 ${o}：它的 ${n} 个输入通道切片`,
		kernelsLabel: (n: number) => `conv1 的全部 ${n} 个卷积核，显示为彩色小图`,
		oneKernel: (o: number) => `conv1 的卷积核 ${o}，放大显示`,
		loading: '正在读取权重…',
		missing: '无法读取这一层的权重。',
		grey: '这些滤波器为什么看起来像彩色噪声？这个模型是用 Fashion-MNIST 训练的，它的图片都是灰色的：红、绿、蓝三个通道的值永远相同，所以每一步训练都把一个权重的三种颜色往同一个方向推。颜色之间的差别，来自每个权重最初的随机数，训练从没把它们消除；滤波器真正学到的，是三种颜色共有的部分，也就是噪声底下的灰色图案。加载 ImageNet 权重（用彩色照片训练），conv1 的滤波器就会变成清晰的彩色边缘、条纹和色块。',
		fashionPhoto:
			'这些是默认模型的滤波器，它是用叠在照片背景上的彩色服装图片训练的。一部分是柔和的灰色明暗图案——几个角度上模糊的边缘和条带——大约三分之二对颜色有反应：从一种颜色过渡到另一种颜色的平滑渐变（彩虹色、由蓝到橙），绿色、蓝色和紫色的斑点，还有颜色边缘，比如绿色挨着紫色，或者暗处横过的一条红带。第一层只是找出亮度或颜色发生变化的地方，仅此而已。它们比 ImageNet 版 AlexNet 那些清晰的条纹滤波器朴素得多，后者是从一千类事物的一百万张照片中学出来的。加载 torchvision 的权重就可以对比。',
		besideMap: '产生这张特征图的滤波器'
	}
});
