/**
 * Where the source article and the paper disagree with the code or the
 * arithmetic. Shown in the chapter and, item by item, on the pages they concern.
 */
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';

export interface Erratum {
	id: string;
	/** Steps whose page shows this note too. */
	steps: string[];
	claim: string;
	correction: string;
}

export const errataTitle = localised({
	en: 'Errata: what the article gets wrong',
	zh: '勘误：原文哪里说错了'
});

export const errataIntro = localised({
	en: 'The article this notebook grew from is a good map of the one-tower network, with a few slips worth knowing about.',
	zh: '本站的内容源自一篇文章。那篇文章很好地介绍了单塔网络，但也有几处疏漏，值得了解。'
});

export const errata = localised<Erratum[]>({
	en: [
		{
			id: 'fc1-width',
			steps: ['fc1'],
			claim: 'Its text says fc1 has 4096 neurons.',
			correction:
				"Its code says `nn.Linear(128 * 6 * 6, 2048)`. Both have a source: the paper's fc1 has 4096 units, and the one-tower " +
				'network halves every layer of the paper, fc1 included, so 2048 is right for the code the article gives.'
		},
		{
			id: 'pool-downsampling',
			steps: ['pool1', 'pool2', 'pool5'],
			claim: 'It calls max-pooling "upsampling".',
			correction: 'Max-pooling is downsampling: it makes each map smaller (55 → 27, 27 → 13, 13 → 6).'
		},
		{
			id: 'lrn-missing',
			steps: ['relu1', 'relu2'],
			claim: "It lists local response normalisation among AlexNet's contributions.",
			correction:
				'Its code has no `nn.LocalResponseNorm`. The "Paper 2012" variant here puts it back after the first two ReLUs, where the paper has it.'
		},
		{
			id: 'conv1-floor',
			steps: ['conv1'],
			claim: 'It writes $N = (224-11+2\\cdot 2)/4+1 = 55$.',
			correction:
				'That expression is $55.25$. PyTorch rounds the division down, $\\lfloor 217/4 \\rfloor + 1 = 55$, so the last column of ' +
				'the padded input is never visited; the code is right, the equation skips a step.'
		},
		{
			id: 'input-227',
			steps: ['conv1'],
			claim: 'The paper (and the article) give the input as 224×224.',
			correction:
				"With an 11×11 kernel, stride 4 and no padding, $(224 - 11)/4 + 1 = 54.25$, which cannot produce the paper's 55×55 maps. " +
				'An input of 227 does: $(227 - 11)/4 + 1 = 55$ exactly. The "Paper 2012" variant therefore uses 227, as most re-implementations do.'
		},
		{
			id: 'claims',
			steps: [],
			claim: 'It says AlexNet was the first to train on GPUs, and that ReLU solved the vanishing-gradient problem.',
			correction:
				'GPUs had trained convolutional networks before (Cireşan and colleagues, 2011). ReLU eases vanishing gradients in the ' +
				'activations but does not remove them; very deep networks needed further ideas such as residual connections.'
		}
	],
	zh: [
		{
			id: 'fc1-width',
			steps: ['fc1'],
			claim: '原文的正文说 fc1 有 4096 个神经元。',
			correction:
				'而它的代码写的是 `nn.Linear(128 * 6 * 6, 2048)`。两种说法都有来源：论文中的 fc1 有 4096 个单元，' +
				'而单塔网络把论文中的每一层都减半，fc1 也不例外，所以对原文给出的代码来说，2048 才是对的。'
		},
		{
			id: 'pool-downsampling',
			steps: ['pool1', 'pool2', 'pool5'],
			claim: '原文把最大池化称为“上采样”。',
			correction: '最大池化是下采样：它让每张特征图变小（55 → 27，27 → 13，13 → 6）。'
		},
		{
			id: 'lrn-missing',
			steps: ['relu1', 'relu2'],
			claim: '原文把局部响应归一化（LRN）列为 AlexNet 的贡献之一。',
			correction:
				'但它的代码里并没有 `nn.LocalResponseNorm`。本站的“2012 年论文版”把它放了回去，位置和论文一样，在前两个 ReLU 之后。'
		},
		{
			id: 'conv1-floor',
			steps: ['conv1'],
			claim: '原文写的是 $N = (224-11+2\\cdot 2)/4+1 = 55$。',
			correction:
				'这个式子的结果其实是 $55.25$。PyTorch 会把除法向下取整，$\\lfloor 217/4 \\rfloor + 1 = 55$，所以填充后输入的最后一列' +
				'从来不会被访问到；代码是对的，是等式漏了一步。'
		},
		{
			id: 'input-227',
			steps: ['conv1'],
			claim: '论文（以及原文）给出的输入尺寸是 224×224。',
			correction:
				'卷积核为 11×11、步幅为 4、没有填充时，$(224 - 11)/4 + 1 = 54.25$，得不到论文中 55×55 的特征图。' +
				'输入为 227 时就可以：$(227 - 11)/4 + 1 = 55$，正好整除。所以本站的“2012 年论文版”和大多数复现一样，使用 227。'
		},
		{
			id: 'claims',
			steps: [],
			claim: '原文说 AlexNet 是第一个在 GPU 上训练的网络，还说 ReLU 解决了梯度消失问题。',
			correction:
				'在此之前就已经有人在 GPU 上训练卷积网络了（Cireşan 等人，2011 年）。ReLU 缓解了激活函数造成的梯度消失，' +
				'但并没有消除它；非常深的网络还需要残差连接等更多的想法。'
		}
	]
});

export const erratumFor = (stepId: string, lang: Lang): Erratum[] =>
	errata[lang].filter((e) => e.steps.includes(stepId));
