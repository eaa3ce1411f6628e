/**
 * Every sentence of the lesson deck and its speaker notes. Step slides are
 * written as functions of the derived step, so they follow the variant and any
 * new step of the same kind.
 */
import { groupThousands, type DerivedStep, type Network, type StepKind } from '$lib/model';
import type { Contribution } from '$lib/lesson/slides';
import { kindNames } from './step-names';

const n = groupThousands;
const shape = (s: readonly number[]) => s.join('×');

export const lessonText = {
	title: 'The lesson',
	deckLabel: 'Lesson slides',
	start: 'Start the lesson',
	resume: (slide: string) => `Carry on at ${slide}`,
	intro:
		'A deck of full-screen slides built from the same description as the rest of the app: one idea per slide, for the ' +
		'projector. Press → or a clicker to reveal step by step; P opens the presenter window with your notes.',
	keysHeading: 'Keys',
	keys: [
		['→  Space  PageDown', 'next reveal'],
		['←  PageUp', 'back one reveal'],
		['Home  End', 'first and last slide'],
		['B', 'blank the screen'],
		['F', 'full screen'],
		['Esc', 'all slides, to jump to one'],
		['P', 'presenter window']
	] as const,
	slideOf: (i: number, count: number) => `Slide ${i} of ${count}`,
	revealOf: (i: number, count: number) => `step ${i} of ${count}`,
	previous: 'Previous',
	next: 'Next',
	presenter: 'Presenter window',
	grid: 'All slides',
	gridClose: 'Back to the slide',
	blanked: 'Screen blanked: press B or any arrow to return.',
	fullscreen: 'Full screen',
	toolbar: 'Lesson controls',
	popupBlocked: 'The browser blocked the presenter window: allow pop-ups for this site, then press P again.',
	noMaps: 'The picture’s maps appear here once the model has run.',
	exit: 'Leave the lesson'
};

/** What each slide is called: in the grid, the presenter window and the page title. */
export function slideTitle(slide: { kind: string; id: string }, step?: DerivedStep): string {
	if (slide.kind === 'title') return 'AlexNet, layer by layer';
	if (slide.kind === 'picture') return 'The class’s picture';
	if (slide.kind === 'recap') return 'Recap';
	if (slide.kind === 'contribution') return contributionSlides[slide.id.replace(/^why-/, '') as Contribution].title;
	return step ? `${step.id} · ${kindNames.en[step.kind]}` : slide.id;
}

export const titleSlide = {
	heading: 'AlexNet, layer by layer',
	sub: (network: Network) =>
		`${network.variant.title}: ${network.steps.length} steps from a ${shape(network.inputShape)} picture to ${n(network.classes)} probabilities.`,
	by: 'Krizhevsky, Sutskever and Hinton, 2012 — the network that started deep learning’s run on images.'
};

export const pictureSlide = {
	heading: 'Our picture',
	body: (network: Network) =>
		`Every map in this lesson is what the network made of this one picture: resized to ${network.inputSize}×${network.inputSize}, ` +
		`its colours shifted and scaled the way the model was trained.`,
	yours: 'On your own device you can choose your own picture: your maps replace the teacher’s on your screen only.'
};

export const recapSlide = {
	heading: 'The whole network',
	totals: (network: Network) => [
		`${network.steps.length} steps`,
		`${n(network.totals.params)} parameters`,
		`${n(network.totals.macs)} multiply–adds per picture`
	],
	picture: (name: string | null, top: string | null) =>
		name
			? `Our picture was “${name}”${top ? `; the network’s first guess: ${top}.` : '.'}`
			: 'Choose a picture to see the network’s guess.'
};

/** The one idea a step slide says, in one or two lines at projector size. */
const ideas: Record<StepKind, (step: DerivedStep, network: Network) => string> = {
	conv: (step) =>
		step.spec.kind === 'conv'
			? `${step.spec.outChannels} filters of ${step.spec.kernel}×${step.spec.kernel}×${(step.inChannels ?? 0) / step.spec.groups} ` +
				`slide over the input, stride ${step.spec.stride}, padding ${step.spec.padding}: one map per filter.`
			: '',
	relu: () => 'Every negative value becomes 0; positive values pass unchanged. No weights, same shape.',
	lrn: () =>
		'Each value is divided by the activity of its 5 neighbouring channels at the same pixel: channels compete.',
	maxpool: (step) =>
		step.spec.kind === 'maxpool'
			? `Keep the largest value of each ${step.spec.kernel}×${step.spec.kernel} window, moving ${step.spec.stride} at a time. No weights.`
			: '',
	adaptiveavgpool: (step) =>
		`Average whatever comes in down to ${step.outShape[1]}×${step.outShape[2]}, so the classifier always gets the same size.`,
	dropout: (step) =>
		step.spec.kind === 'dropout'
			? `While training, each value is switched off with probability ${step.spec.p}. At test time nothing is dropped.`
			: '',
	flatten: (step) =>
		`${shape(step.inShape)} numbers laid out in one row of ${n(step.outShape[0])}. No arithmetic at all.`,
	linear: (step) =>
		`Every one of the ${n(step.outShape[0])} outputs is a weighted sum of all ${n(step.inChannels ?? 0)} inputs, plus a bias.`,
	softmax: (_step, network) =>
		`${n(network.classes)} scores become probabilities: all positive, summing to 1, the order unchanged.`
};

export const stepIdea = (step: DerivedStep, network: Network): string => ideas[step.kind](step, network);

export const stepFacts = (step: DerivedStep) => ({
	shapes: `${shape(step.inShape)} → ${shape(step.outShape)}`,
	params: step.params > 0 ? `${n(step.params)} parameters` : 'no parameters'
});

/** The reveal stages of a size slide, as the class sees them. */
export const sizeSlide = {
	question: (f: { w: number; f: number; p: number; s: number }) =>
		`W = ${f.w}, F = ${f.f}, P = ${f.p}, S = ${f.s}. What is N?`,
	termNames: { W: 'input width', F: 'window', P: 'padding', S: 'stride' },
	floorNote: (exact: number, n: number) =>
		`${exact.toFixed(2)} is not whole: PyTorch rounds down, so N = ${n} and the last rows are never visited.`,
	evenNote: 'The division comes out even: no rows are left over.',
	outShape: (step: DerivedStep) => `Output: ${shape(step.outShape)}`
};

export const paramSlide = {
	question: (step: DerivedStep) =>
		`${n(step.inChannels ?? 0)} inputs, ${n(step.outShape[0])} outputs. How many parameters?`,
	answerTex: (step: DerivedStep) => {
		const inputs = step.inChannels ?? 0;
		const outputs = step.outShape[0];
		return `${inputs} \\times ${outputs} + ${outputs} = ${n(step.params).replace(/,/g, '{,}')}`;
	}
};

export interface SlideContribution {
	title: string;
	points: string[];
}

export const contributionSlides: Record<Contribution, SlideContribution> = {
	relu: {
		title: 'ReLU: gradients that do not fade',
		points: [
			'Sigmoid and tanh flatten out: their slope is almost 0 for large inputs.',
			'ReLU’s slope is exactly 1 for every positive input.',
			'The paper: six times fewer passes over the data to reach the same error.'
		]
	},
	dropout: {
		title: 'Dropout: a different network every step',
		points: [
			'fc1 and fc2 hold most of the parameters: enough to memorise the training set.',
			'Switching half the units off at random stops any unit relying on a partner.',
			'At test time every unit is used.'
		]
	},
	lrn: {
		title: 'Local response normalisation',
		points: [
			'A strong response damps the same pixel in neighbouring channels.',
			'It lowered the paper’s error by 1.4 points.',
			'Later replaced by batch normalisation; only the 2012 variant here has it.'
		]
	},
	'overlapping-pooling': {
		title: 'Overlapping pooling',
		points: [
			'3×3 windows moving 2 at a time: neighbouring windows share a row.',
			'Same output size as 2×2 windows, slightly lower error, a little less overfitting.'
		]
	},
	'two-gpus': {
		title: 'Two GPUs',
		points: [
			'One GTX 580 had 3 GB: the network did not fit, so each layer was split in half.',
			'conv2, conv4 and conv5 read only their own GPU’s half: groups=2 in PyTorch.',
			'Five to six days of training.'
		]
	}
};

/** Speaker notes: what to say, one question for the class, the misconception to listen for. */
export interface SpeakerNotes {
	say: string;
	ask: string;
	misconception: string;
}

export const notesText = { say: 'Say', ask: 'Ask the class', misconception: 'Listen for', heading: 'Notes' };

const stepNotes: Record<StepKind, (step: DerivedStep, network: Network) => SpeakerNotes> = {
	conv: (step) => {
		const f = step.formula;
		const misconception = f?.floored
			? `Forgetting the floor: ${f.exact.toFixed(2)} is not a size; PyTorch rounds down to ${f.n}.`
			: f && f.p > 0
				? `Counting the padding once: zeros go on both sides, so it is 2P = ${2 * f.p}.`
				: 'Forgetting the +1: the first position of the window counts too.';
		return {
			say: `${step.id} turns ${shape(step.inShape)} into ${shape(step.outShape)}. Let the class work out N before you reveal the formula.`,
			ask: 'How many weights does one filter have, and why does every position reuse them?',
			misconception
		};
	},
	relu: (step) => ({
		say: `The shape stays ${shape(step.outShape)}. Point at the dark areas of the maps: that is where the filter did not respond.`,
		ask: 'Why would a network need something that is not a straight line?',
		misconception: 'Thinking ReLU learns something: it has no weights, and it never changes the shape.'
	}),
	lrn: () => ({
		say: 'Each channel is damped by its neighbours at the same pixel. The maps look almost the same, slightly flatter.',
		ask: 'Why might it help if channels compete with each other?',
		misconception:
			'Confusing it with batch normalisation: LRN has no learned parameters and uses no statistics of the batch.'
	}),
	maxpool: (step) => ({
		say: `Pooling shrinks ${step.inShape[2]} to ${step.outShape[1]} a side and keeps the strongest responses.`,
		ask: 'How many parameters does this layer have?',
		misconception: step.formula?.floored
			? 'Thinking pooling has weights — it has none — and forgetting the floor in the size.'
			: 'Thinking pooling has weights: it has none, it only picks the maximum.'
	}),
	adaptiveavgpool: (step) => ({
		say: `Whatever the input size, the output is ${step.outShape[1]}×${step.outShape[2]}: at 224 it changes nothing.`,
		ask: 'What would happen to fc1 without this step if the picture were bigger?',
		misconception: 'Thinking it has a fixed window: the window is chosen from the input size.'
	}),
	dropout: () => ({
		say: 'During training half the values are set to 0 at random; at test time nothing is dropped.',
		ask: 'Why would switching units off make the network better?',
		misconception: 'Thinking dropout removes units for good, or happens when the network is used.'
	}),
	flatten: (step) => ({
		say: `${shape(step.inShape)} = ${n(step.outShape[0])} numbers in one row: the picture is no longer a picture.`,
		ask: `Why must fc1 expect exactly ${n(step.outShape[0])} inputs?`,
		misconception: 'Thinking flatten computes something: it only rearranges.'
	}),
	linear: (step, network) => ({
		say: `${n(step.params)} parameters: ${((100 * step.params) / network.totals.params).toFixed(0)}% of the whole network in this one layer.`,
		ask: 'How many parameters? Inputs times outputs, plus what?',
		misconception: 'Forgetting the bias: one per output.'
	}),
	softmax: () => ({
		say: 'The scores become probabilities. The highest score is still the highest probability.',
		ask: 'Is 90% sure the same as 90% likely to be right?',
		misconception: 'Reading the probability as how often the network is right: it is only how it weighs the classes.'
	})
};

const fixedNotes: Record<string, SpeakerNotes> = {
	title: {
		say: 'Today we follow one picture through AlexNet, one step at a time, and you will work out the sizes yourselves.',
		ask: 'What does a computer actually receive when it “sees” a picture?',
		misconception: 'That the network looks at the picture as a whole: it only ever sees numbers in small windows.'
	},
	picture: {
		say: 'This picture is all the network gets: a grid of numbers per colour channel, resized and normalised.',
		ask: 'How many numbers is this picture?',
		misconception: 'That resizing or normalising changes what the picture shows: it only changes the numbers’ scale.'
	},
	recap: {
		say: 'Recap the journey: sizes shrink, channels grow, then the fully connected layers decide.',
		ask: 'Where are most of the parameters, and where are most of the multiply–adds?',
		misconception: 'That parameters and computation sit in the same layers: convolutions compute, fc layers store.'
	}
};

const contributionNotes: Record<Contribution, SpeakerNotes> = {
	relu: {
		say: 'Gradients are products of slopes: small slopes multiplied five times vanish.',
		ask: 'What is 0.25 to the power 5?',
		misconception: 'That ReLU was invented for AlexNet: it was older; AlexNet showed it trains deep nets fast.'
	},
	dropout: {
		say: 'Dropout trains a huge family of thinned networks that share their weights.',
		ask: 'Why only in the fully connected layers?',
		misconception: 'That dropout is used when predicting: it is switched off at test time.'
	},
	lrn: {
		say: 'A historical detail: it helped in 2012 and was dropped later.',
		ask: 'Which of our variants has it?',
		misconception: 'That every AlexNet has LRN: torchvision’s and the article’s do not.'
	},
	'overlapping-pooling': {
		say: 'Windows of 3 moving by 2 overlap by one row and column.',
		ask: 'What size do 3×3 windows with stride 2 give on 55? And 2×2 with stride 2?',
		misconception: 'That overlapping means a bigger output: both give 27.'
	},
	'two-gpus': {
		say: 'The split was forced by memory, and became part of the architecture.',
		ask: 'How does groups=2 change the number of weights?',
		misconception: 'That the two GPUs each ran a full copy of the network: each held half of every layer.'
	}
};

export function speakerNotes(
	slide: { kind: string; id: string },
	step: DerivedStep | undefined,
	network: Network
): SpeakerNotes {
	if (slide.kind === 'step' && step) return stepNotes[step.kind](step, network);
	if (slide.kind === 'contribution') return contributionNotes[slide.id.replace(/^why-/, '') as Contribution];
	return fixedNotes[slide.kind];
}

export const presenterText = {
	title: 'Presenter',
	now: 'Now',
	next: 'Next',
	end: 'End of the lesson',
	clock: 'Time',
	elapsed: 'Elapsed',
	resetTimer: 'Restart the timer',
	alone: 'No lesson window is listening: open the lesson in another window, or step here on your own.',
	linked: 'In step with the lesson window.'
};

export const followText = {
	heading: 'Follow along',
	open: 'Follow along',
	close: 'Close',
	body: 'Scan to open this slide on your own device, then step through it at your own pace and choose your own picture.',
	linkLabel: 'The link to this slide',
	privacy: 'Nothing is sent anywhere: the code is made in this browser, and each device runs the lesson on its own.',
	qrLabel: (url: string) => `QR code for ${url}`
};
