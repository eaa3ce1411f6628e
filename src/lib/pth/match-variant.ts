/**
 * Which AlexNet variant a state dict belongs to, from its keys and tensor
 * shapes alone; the class count is read off the last layer. When nothing
 * fits, the closest variant is named with every key and shape that differs.
 */
import { deriveNetwork, type Network } from '../model/derive';
import { variants, variantIds } from '../model/variants';
import type { VariantId } from '../model/types';
import { keyName, PthError } from './errors';

export type Shapes = ReadonlyMap<string, readonly number[]>;

export interface ShapeDifference {
	key: string;
	found: readonly number[];
	expected: readonly number[];
}

export interface VariantComparison {
	variant: VariantId;
	classes: number;
	network: Network;
	missing: string[];
	unexpected: string[];
	wrongShapes: ShapeDifference[];
}

/** Every parameter PyTorch's module would have, with its shape: conv OIHW, linear [out, in]. */
export function expectedShapes(network: Network): Map<string, number[]> {
	const shapes = new Map<string, number[]>();
	for (const step of network.steps) {
		const { spec, torchName } = step;
		if (torchName === null) continue;
		if (spec.kind === 'conv') {
			const inPerGroup = (step.inChannels ?? 0) / spec.groups;
			shapes.set(`${torchName}.weight`, [spec.outChannels, inPerGroup, spec.kernel, spec.kernel]);
			shapes.set(`${torchName}.bias`, [spec.outChannels]);
		} else if (spec.kind === 'linear') {
			shapes.set(`${torchName}.weight`, [step.outShape[0], spec.inFeatures]);
			shapes.set(`${torchName}.bias`, [step.outShape[0]]);
		}
	}
	return shapes;
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && a.every((n, i) => n === b[i]);

/** The class count is the output size of the last linear layer, whatever the file says it is. */
function classesFromFile(id: VariantId, shapes: Shapes): number {
	const defaults = deriveNetwork(variants[id]);
	const last = defaults.steps.filter((s) => s.kind === 'linear').at(-1);
	const shape = last?.torchName ? shapes.get(`${last.torchName}.weight`) : undefined;
	return shape && shape.length === 2 && shape[0] >= 1 ? shape[0] : defaults.classes;
}

export function compareWithVariant(id: VariantId, shapes: Shapes): VariantComparison {
	const classes = classesFromFile(id, shapes);
	const network = deriveNetwork(variants[id], { classes });
	const expected = expectedShapes(network);
	const comparison: VariantComparison = { variant: id, classes, network, missing: [], unexpected: [], wrongShapes: [] };
	for (const [key, shape] of expected) {
		const found = shapes.get(key);
		if (!found) comparison.missing.push(key);
		else if (!sameShape(found, shape)) comparison.wrongShapes.push({ key, found, expected: shape });
	}
	comparison.unexpected = [...shapes.keys()].filter((key) => !expected.has(key));
	return comparison;
}

const differences = (c: VariantComparison) => c.missing.length + c.unexpected.length + c.wrongShapes.length;

const MAX_LISTED = 8;

function listed(items: string[]): string[] {
	return items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED), `… and ${items.length - MAX_LISTED} more`] : items;
}

export function describeMismatch(c: VariantComparison): string {
	const shape = (s: readonly number[]) => `[${s.join(', ')}]`;
	const lines = [
		...c.wrongShapes.map(
			(d) => `${keyName(d.key)}: the file has ${shape(d.found)}, ${c.variant} expects ${shape(d.expected)}`
		),
		...c.missing.map((key) => `${keyName(key)}: missing from the file`),
		...c.unexpected.map((key) => `${keyName(key)}: not a parameter of ${c.variant}`)
	];
	const n = differences(c);
	return (
		`These weights fit none of the AlexNet variants (seed, torchvision, paper2012). ` +
		`The closest is ${c.variant} with ${c.classes} classes, ${n} difference${n === 1 ? '' : 's'} away:\n` +
		listed(lines)
			.map((line) => `  • ${line}`)
			.join('\n')
	);
}

/** The variant (and class count) whose every key and shape the file has exactly; otherwise a PthError naming the differences. */
export function matchVariant(shapes: Shapes): VariantComparison {
	const comparisons = variantIds.map((id) => compareWithVariant(id, shapes));
	const exact = comparisons.find((c) => differences(c) === 0);
	if (exact) return exact;
	const closest = comparisons.reduce((best, c) => (differences(c) < differences(best) ? c : best));
	throw new PthError('mismatch', describeMismatch(closest));
}
