import type { StepSpec, VariantId, VariantSpec } from './types';

const relu = (id: string, group: 'features' | 'classifier'): StepSpec => ({ kind: 'relu', id, group });
const pool = (id: string): StepSpec => ({
	kind: 'maxpool',
	id,
	group: 'features',
	kernel: 3,
	stride: 2,
	padding: 0
});
const conv = (
	id: string,
	outChannels: number,
	kernel: number,
	stride: number,
	padding: number,
	groups = 1
): StepSpec => ({ kind: 'conv', id, group: 'features', outChannels, kernel, stride, padding, groups });
const lrn = (id: string): StepSpec => ({
	kind: 'lrn',
	id,
	group: 'features',
	size: 5,
	alpha: 1e-4,
	beta: 0.75,
	k: 2
});
const dropout = (id: string): StepSpec => ({ kind: 'dropout', id, group: 'classifier', p: 0.5 });
const linear = (id: string, inFeatures: number, outFeatures: number | 'classes'): StepSpec => ({
	kind: 'linear',
	id,
	group: 'classifier',
	inFeatures,
	outFeatures
});
const flatten: StepSpec = { kind: 'flatten', id: 'flatten', group: null };
const softmax: StepSpec = { kind: 'softmax', id: 'softmax', group: null };

function classifier(inFeatures: number, width: number): StepSpec[] {
	return [
		dropout('drop1'),
		linear('fc1', inFeatures, width),
		relu('relu6', 'classifier'),
		dropout('drop2'),
		linear('fc2', width, width),
		relu('relu7', 'classifier'),
		linear('fc3', width, 'classes')
	];
}

/** The article's one-tower ("half-width") AlexNet. */
export const seed: VariantSpec = {
	id: 'seed',
	title: 'Article (one tower)',
	className: 'AlexNet',
	inputChannels: 3,
	defaultInputSize: 224,
	defaultClasses: 1000,
	steps: [
		conv('conv1', 48, 11, 4, 2),
		relu('relu1', 'features'),
		pool('pool1'),
		conv('conv2', 128, 5, 1, 2),
		relu('relu2', 'features'),
		pool('pool2'),
		conv('conv3', 192, 3, 1, 1),
		relu('relu3', 'features'),
		conv('conv4', 192, 3, 1, 1),
		relu('relu4', 'features'),
		conv('conv5', 128, 3, 1, 1),
		relu('relu5', 'features'),
		pool('pool5'),
		flatten,
		...classifier(128 * 6 * 6, 2048),
		softmax
	]
};

/** torchvision.models.alexnet (the "One weird trick" single-GPU net). */
export const torchvision: VariantSpec = {
	id: 'torchvision',
	title: 'torchvision',
	className: 'AlexNet',
	inputChannels: 3,
	defaultInputSize: 224,
	defaultClasses: 1000,
	steps: [
		conv('conv1', 64, 11, 4, 2),
		relu('relu1', 'features'),
		pool('pool1'),
		conv('conv2', 192, 5, 1, 2),
		relu('relu2', 'features'),
		pool('pool2'),
		conv('conv3', 384, 3, 1, 1),
		relu('relu3', 'features'),
		conv('conv4', 256, 3, 1, 1),
		relu('relu4', 'features'),
		conv('conv5', 256, 3, 1, 1),
		relu('relu5', 'features'),
		pool('pool5'),
		{ kind: 'adaptiveavgpool', id: 'avgpool', group: 'avgpool', outputSize: 6 },
		flatten,
		...classifier(256 * 6 * 6, 4096),
		softmax
	]
};

/** The 2012 paper's two-tower net on one device: groups=2 stands for the two GPUs. */
export const paper2012: VariantSpec = {
	id: 'paper2012',
	title: 'Paper 2012 (two towers)',
	className: 'AlexNet2012',
	inputChannels: 3,
	defaultInputSize: 227,
	defaultClasses: 1000,
	steps: [
		conv('conv1', 96, 11, 4, 0),
		relu('relu1', 'features'),
		lrn('norm1'),
		pool('pool1'),
		conv('conv2', 256, 5, 1, 2, 2),
		relu('relu2', 'features'),
		lrn('norm2'),
		pool('pool2'),
		conv('conv3', 384, 3, 1, 1),
		relu('relu3', 'features'),
		conv('conv4', 384, 3, 1, 1, 2),
		relu('relu4', 'features'),
		conv('conv5', 256, 3, 1, 1, 2),
		relu('relu5', 'features'),
		pool('pool5'),
		flatten,
		...classifier(256 * 6 * 6, 4096),
		softmax
	]
};

export const variants: Record<VariantId, VariantSpec> = { seed, torchvision, paper2012 };
export const variantIds = Object.keys(variants) as VariantId[];

export function isVariantId(value: string): value is VariantId {
	return value in variants;
}
