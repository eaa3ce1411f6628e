/**
 * Finding the state dict in whatever `torch.save` was given: the dict itself,
 * a training checkpoint that wraps it, or DataParallel's `module.` keys.
 */
import { PthError } from './errors';
import { describeValue, PyDict } from './pickle-values';
import { isTensorRef, type TensorRef } from './tensors';

export interface StateDict {
	tensors: Map<string, TensorRef>;
	/** What was done to get here, for the person who loaded the file. */
	notes: string[];
}

/** Keys training scripts commonly put the model's weights under, most common first. */
const WRAPPER_KEYS = ['state_dict', 'model_state_dict', 'model', 'net', 'module'];

/** Prefixes added by wrappers around the model: nn.DataParallel / DDP, and torch.compile. */
const WRAPPER_PREFIXES: Record<string, string> = {
	'module.': 'nn.DataParallel',
	'_orig_mod.': 'torch.compile'
};

function asTensorDict(value: unknown): Map<string, TensorRef> | null {
	if (!(value instanceof PyDict) || value.size === 0) return null;
	const tensors = new Map<string, TensorRef>();
	for (const [key, tensor] of value) {
		if (typeof key !== 'string' || !isTensorRef(tensor)) return null;
		tensors.set(key, tensor);
	}
	return tensors;
}

function stripPrefixes(tensors: Map<string, TensorRef>, notes: string[]): Map<string, TensorRef> {
	for (;;) {
		const keys = [...tensors.keys()];
		const prefix = Object.keys(WRAPPER_PREFIXES).find((p) => keys.every((key) => key.startsWith(p)));
		if (!prefix) return tensors;
		notes.push(`Removed the "${prefix}" that ${WRAPPER_PREFIXES[prefix]} puts before every key.`);
		tensors = new Map(keys.map((key) => [key.slice(prefix.length), tensors.get(key) as TensorRef]));
	}
}

function unwrap(root: unknown, notes: string[]): Map<string, TensorRef> {
	const direct = asTensorDict(root);
	if (direct) return direct;
	if (!(root instanceof PyDict)) {
		throw new PthError(
			'not-state-dict',
			`This file holds ${describeValue(root)}, not a state dict. Save the weights with torch.save(model.state_dict(), path).`
		);
	}
	const keys = [...root.keys()].map(String);
	const found = (key: string) => {
		const others = keys.filter((k) => k !== key);
		notes.push(
			`Found the weights under "${key}"${others.length ? ` (the file also holds ${others.join(', ')})` : ''}.`
		);
	};
	for (const key of WRAPPER_KEYS) {
		const inner = asTensorDict(root.get(key));
		if (inner) {
			found(key);
			return inner;
		}
	}
	const candidates = keys.filter((key) => asTensorDict(root.get(key)));
	if (candidates.length === 1) {
		found(candidates[0]);
		return asTensorDict(root.get(candidates[0])) as Map<string, TensorRef>;
	}
	const listed = keys.slice(0, 12).join(', ') + (keys.length > 12 ? ', …' : '');
	throw new PthError(
		'not-state-dict',
		candidates.length > 1
			? `This checkpoint holds several sets of weights (${candidates.join(', ')}); save the one you want on its own with torch.save(…, path).`
			: `This checkpoint holds no state dict: its keys are ${listed}. Save the weights with torch.save(model.state_dict(), path).`
	);
}

export function findStateDict(root: unknown): StateDict {
	const notes: string[] = [];
	const tensors = stripPrefixes(unwrap(root, notes), notes);
	return { tensors, notes };
}
