/** The what-if panel's inputs: their starting values and their validation. */
import type { DerivedStep, Network, StepOverride } from '$lib/model';

export interface WhatIfValues {
	inputSize: number | null;
	kernel: number | null;
	padding: number | null;
	stride: number | null;
	/** Only for convolutions; pooling keeps its channels. */
	outChannels?: number | null;
}

export type FieldName = 'imageSize' | 'kernel' | 'padding' | 'stride' | 'channels';

export type ReadFields = { ok: true; inputSize: number; override: StepOverride } | { ok: false; bad: FieldName };

/** Allowed ranges: wide enough to break the network in every way, while the numbers stay readable. */
export const FIELD_RANGES: Record<FieldName, [number, number]> = {
	imageSize: [1, 4096],
	kernel: [1, 1024],
	padding: [0, 512],
	stride: [1, 512],
	channels: [1, 16384]
};

export function fieldsFor(step: DerivedStep, network: Network): WhatIfValues {
	const spec = step.spec;
	if (spec.kind !== 'conv' && spec.kind !== 'maxpool') throw new Error(`${step.id} has no what-if settings`);
	const values: WhatIfValues = {
		inputSize: network.inputSize,
		kernel: spec.kernel,
		padding: spec.padding,
		stride: spec.stride
	};
	if (spec.kind === 'conv') values.outChannels = spec.outChannels;
	return values;
}

const valid = (value: number | null | undefined, [min, max]: [number, number]): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export function readFields(step: DerivedStep, values: WhatIfValues): ReadFields {
	const checks: [FieldName, number | null | undefined][] = [
		['imageSize', values.inputSize],
		['kernel', values.kernel],
		['padding', values.padding],
		['stride', values.stride]
	];
	if (values.outChannels !== undefined) checks.push(['channels', values.outChannels]);
	for (const [name, value] of checks) if (!valid(value, FIELD_RANGES[name])) return { ok: false, bad: name };
	const override: StepOverride = {
		kernel: values.kernel as number,
		padding: values.padding as number,
		stride: values.stride as number
	};
	if (step.kind === 'conv' && values.outChannels != null) override.outChannels = values.outChannels;
	return { ok: true, inputSize: values.inputSize as number, override };
}
