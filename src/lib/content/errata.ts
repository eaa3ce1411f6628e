/**
 * Where the source article and the paper disagree with the code or the
 * arithmetic. Shown in the chapter and, item by item, on the pages they concern.
 */

export interface Erratum {
	id: string;
	/** Steps whose page shows this note too. */
	steps: string[];
	claim: string;
	correction: string;
}

export const errataTitle = 'Errata: what the article gets wrong';

export const errataIntro =
	'The article this notebook grew from is a good map of the one-tower network, with a few slips worth knowing about.';

export const errata: Erratum[] = [
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
];

export const erratumFor = (stepId: string): Erratum[] => errata.filter((e) => e.steps.includes(stepId));
