import type { StepSpec, VariantSpec } from './types';

/** What a student may change on a conv or pool in the "what if" panel. */
export interface StepOverride {
	kernel?: number;
	stride?: number;
	padding?: number;
	outChannels?: number;
}

export type Overrides = Record<string, StepOverride>;

/** A copy of the variant with some steps' hyper-parameters changed; the original is untouched. */
export function withOverrides(variant: VariantSpec, overrides: Overrides): VariantSpec {
	const steps = variant.steps.map((step): StepSpec => {
		const o = definedOnly(overrides[step.id]);
		if (!o) return step;
		if (step.kind === 'conv') return { ...step, ...o };
		if (step.kind === 'maxpool') {
			const { outChannels: _ignored, ...spatial } = o;
			return { ...step, ...spatial };
		}
		return step;
	});
	return { ...variant, steps };
}

/** `{ kernel: undefined }` means "unchanged", not "no kernel". */
function definedOnly(override: StepOverride | undefined): StepOverride | undefined {
	if (!override) return undefined;
	return Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined)) as StepOverride;
}
