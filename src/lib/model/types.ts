/**
 * The model description: AlexNet variants as data.
 *
 * A variant is an ordered list of steps. Each step is either a PyTorch module
 * (it lives in `features`, `avgpool` or `classifier`, as in torchvision) or a
 * functional step of `forward` (flatten, softmax). Everything the app shows —
 * shapes, counts, formulas, code, the forward pass — is computed from this.
 */

export type ModuleGroup = 'features' | 'avgpool' | 'classifier';

interface StepBase {
	/** Stable id used in URLs and as the activation name: `conv1`, `pool5`, `fc2`. */
	id: string;
	/** Which PyTorch container holds the module; `null` for steps done in `forward`. */
	group: ModuleGroup | null;
}

export interface ConvSpec extends StepBase {
	kind: 'conv';
	outChannels: number;
	kernel: number;
	stride: number;
	padding: number;
	groups: number;
}

export interface ReluSpec extends StepBase {
	kind: 'relu';
}

export interface LrnSpec extends StepBase {
	kind: 'lrn';
	size: number;
	alpha: number;
	beta: number;
	k: number;
}

export interface MaxPoolSpec extends StepBase {
	kind: 'maxpool';
	kernel: number;
	stride: number;
	padding: number;
}

export interface AdaptiveAvgPoolSpec extends StepBase {
	kind: 'adaptiveavgpool';
	outputSize: number;
}

export interface DropoutSpec extends StepBase {
	kind: 'dropout';
	p: number;
}

export interface FlattenSpec extends StepBase {
	kind: 'flatten';
}

export interface LinearSpec extends StepBase {
	kind: 'linear';
	/** Written in the description, as in PyTorch code: a mismatch with the flatten size is a teachable error. */
	inFeatures: number;
	/** `'classes'` means the variant's class count N. */
	outFeatures: number | 'classes';
}

export interface SoftmaxSpec extends StepBase {
	kind: 'softmax';
}

export type StepSpec =
	| ConvSpec
	| ReluSpec
	| LrnSpec
	| MaxPoolSpec
	| AdaptiveAvgPoolSpec
	| DropoutSpec
	| FlattenSpec
	| LinearSpec
	| SoftmaxSpec;

export type StepKind = StepSpec['kind'];

export type VariantId = 'seed' | 'torchvision' | 'paper2012';

export interface VariantSpec {
	id: VariantId;
	/** Short name for menus. */
	title: string;
	/** The Python class name used in generated code and in `print(model)`. */
	className: string;
	inputChannels: number;
	defaultInputSize: number;
	defaultClasses: number;
	steps: StepSpec[];
}

/** [channels, height, width] for feature maps, [features] after flatten. */
export type Shape = number[];
