/**
 * PyTorch code generated from the description: each layer's constructor, the
 * whole `nn.Module` class, and the exact text `print(model)` gives.
 */
import { pyBool, pyFloat } from './python-format';
import type { DerivedStep, Network } from './derive';
import type { ModuleGroup } from './types';

/** The constructor call as written in source: `nn.Conv2d(3, 48, kernel_size=11, stride=4, padding=2)`. */
export function moduleSource(network: Network, step: DerivedStep, classesName = 'num_classes'): string | null {
	const spec = step.spec;
	switch (spec.kind) {
		case 'conv': {
			const args = [`${step.inChannels}`, `${spec.outChannels}`, `kernel_size=${spec.kernel}`];
			if (spec.stride !== 1) args.push(`stride=${spec.stride}`);
			if (spec.padding !== 0) args.push(`padding=${spec.padding}`);
			if (spec.groups !== 1) args.push(`groups=${spec.groups}`);
			return `nn.Conv2d(${args.join(', ')})`;
		}
		case 'relu':
			return 'nn.ReLU(inplace=True)';
		case 'lrn':
			return `nn.LocalResponseNorm(size=${spec.size}, alpha=${pyFloat(spec.alpha)}, beta=${pyFloat(spec.beta)}, k=${pyFloat(spec.k)})`;
		case 'maxpool': {
			const args = [`kernel_size=${spec.kernel}`, `stride=${spec.stride}`];
			if (spec.padding !== 0) args.push(`padding=${spec.padding}`);
			return `nn.MaxPool2d(${args.join(', ')})`;
		}
		case 'adaptiveavgpool':
			return `nn.AdaptiveAvgPool2d((${spec.outputSize}, ${spec.outputSize}))`;
		case 'dropout':
			return `nn.Dropout(p=${pyFloat(spec.p)})`;
		case 'linear': {
			const out = spec.outFeatures === 'classes' ? classesName : String(spec.outFeatures);
			return `nn.Linear(${linearInSource(network, step, spec.inFeatures)}, ${out})`;
		}
		case 'flatten':
			return 'torch.flatten(x, start_dim=1)';
		case 'softmax':
			return 'torch.softmax(logits, dim=1)';
	}
}

/**
 * `128 * 6 * 6` reads better than 4608, as torchvision writes it. The factors
 * are the channels reaching flatten and the square map the layer was built for,
 * so a layer built for 6×6 still says `128 * 6 * 6` when a 7×7 map arrives.
 */
function linearInSource(network: Network, step: DerivedStep, inFeatures: number): string {
	let i = step.index - 1;
	while (network.steps[i]?.kind === 'dropout') i--;
	const source = network.steps[i];
	if (source?.kind !== 'flatten' || source.inShape.length !== 3) return String(inFeatures);
	const channels = source.inShape[0];
	const side = Math.round(Math.sqrt(inFeatures / channels));
	return channels > 0 && channels * side * side === inFeatures ? `${channels} * ${side} * ${side}` : String(inFeatures);
}

const shapeComment = (step: DerivedStep): string => `# output[${step.outShape.join(', ')}]`;

/** The lines a layer page shows: the constructor with the output shape as a comment. */
export function layerLines(network: Network, stepId: string): string[] {
	const step = network.steps.find((s) => s.id === stepId);
	if (!step) return [];
	const src = moduleSource(network, step, String(network.classes));
	if (!src) return [];
	if (step.torchName === null) return [`x = ${src}  ${shapeComment(step)}`];
	const line = `${src},`;
	return step.kind === 'conv' || step.kind === 'maxpool' || step.kind === 'linear' || step.kind === 'adaptiveavgpool'
		? [`${line}  ${shapeComment(step)}`]
		: [line];
}

const INDENT = '    ';

function sequentialSource(network: Network, group: ModuleGroup): string[] {
	const steps = network.steps.filter((s) => s.spec.group === group);
	const lines = steps.map((step) => {
		const src = `${moduleSource(network, step)},`;
		const comment =
			step.kind === 'relu' || step.kind === 'dropout' || step.kind === 'lrn' ? '' : `  ${shapeComment(step)}`;
		return `${INDENT.repeat(3)}${src}${comment}`;
	});
	return [`${INDENT.repeat(2)}self.${group} = nn.Sequential(`, ...lines, `${INDENT.repeat(2)})`];
}

/** The whole `class AlexNet(nn.Module)` with `forward`, as a student would type it. */
export function classSource(network: Network): string {
	const { variant } = network;
	const avgpool = network.steps.find((s) => s.spec.group === 'avgpool');
	const first = network.steps[0];
	const lines = [
		'import torch',
		'from torch import nn',
		'',
		'',
		`class ${variant.className}(nn.Module):`,
		`${INDENT}def __init__(self, num_classes: int = ${network.classes}) -> None:`,
		`${INDENT.repeat(2)}super().__init__()`,
		...sequentialSource(network, 'features')
	];
	if (avgpool) {
		lines.push(`${INDENT.repeat(2)}self.avgpool = ${moduleSource(network, avgpool)}  ${shapeComment(avgpool)}`);
	}
	lines.push(...sequentialSource(network, 'classifier'));
	lines.push(
		'',
		`${INDENT}def forward(self, x: torch.Tensor) -> torch.Tensor:`,
		`${INDENT.repeat(2)}# input[${first.inShape.join(', ')}]`,
		`${INDENT.repeat(2)}x = self.features(x)`
	);
	if (avgpool) lines.push(`${INDENT.repeat(2)}x = self.avgpool(x)`);
	lines.push(
		`${INDENT.repeat(2)}x = torch.flatten(x, start_dim=1)  # keep the batch dimension, flatten C×H×W`,
		`${INDENT.repeat(2)}x = self.classifier(x)`,
		`${INDENT.repeat(2)}return x`,
		'',
		'',
		`model = ${variant.className}()`,
		'print(model)',
		''
	);
	return lines.join('\n');
}

/** One module as PyTorch's `extra_repr` writes it. */
export function moduleRepr(step: DerivedStep): string {
	const spec = step.spec;
	switch (spec.kind) {
		case 'conv': {
			const k = spec.kernel;
			let text = `Conv2d(${step.inChannels}, ${spec.outChannels}, kernel_size=(${k}, ${k}), stride=(${spec.stride}, ${spec.stride})`;
			if (spec.padding !== 0) text += `, padding=(${spec.padding}, ${spec.padding})`;
			if (spec.groups !== 1) text += `, groups=${spec.groups}`;
			return `${text})`;
		}
		case 'relu':
			return 'ReLU(inplace=True)';
		case 'lrn':
			return `LocalResponseNorm(${spec.size}, alpha=${pyFloat(spec.alpha)}, beta=${pyFloat(spec.beta)}, k=${pyFloat(spec.k)})`;
		case 'maxpool':
			return `MaxPool2d(kernel_size=${spec.kernel}, stride=${spec.stride}, padding=${spec.padding}, dilation=1, ceil_mode=${pyBool(false)})`;
		case 'adaptiveavgpool':
			return `AdaptiveAvgPool2d(output_size=(${spec.outputSize}, ${spec.outputSize}))`;
		case 'dropout':
			return `Dropout(p=${pyFloat(spec.p)}, inplace=${pyBool(false)})`;
		case 'linear': {
			const out = spec.outFeatures === 'classes' ? step.outShape[0] : spec.outFeatures;
			return `Linear(in_features=${spec.inFeatures}, out_features=${out}, bias=True)`;
		}
		case 'flatten':
		case 'softmax':
			return '';
	}
}

/** Exactly what `print(model)` prints for the generated class. */
export function modelRepr(network: Network): string {
	const lines = [`${network.variant.className}(`];
	for (const group of ['features', 'avgpool', 'classifier'] as const) {
		const steps = network.steps.filter((s) => s.spec.group === group);
		if (steps.length === 0) continue;
		if (group === 'avgpool') {
			lines.push(`  (avgpool): ${moduleRepr(steps[0])}`);
			continue;
		}
		lines.push(`  (${group}): Sequential(`);
		steps.forEach((step, i) => lines.push(`    (${i}): ${moduleRepr(step)}`));
		lines.push('  )');
	}
	lines.push(')');
	return lines.join('\n');
}
