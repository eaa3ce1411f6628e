/**
 * Finding the state dict in whatever `torch.save` was given: the dict itself,
 * a training checkpoint that wraps it, or DataParallel's `module.` keys.
 */
import { PthError, quoted } from './errors';
import { MAX_CHECKPOINT_ELEMENTS, MAX_CLASSES, MAX_STORAGE_BYTES, MAX_STRIPPED_PREFIXES, tooLarge } from './limits';
import { describeValue, PyDict } from './pickle-values';
import { isTensorRef, numel, storageReach, type TensorRef } from './tensors';

export interface StateDict {
	tensors: Map<string, TensorRef>;
	/** What was done to get here, for the person who loaded the file. */
	notes: string[];
}

/** Keys training scripts commonly put the model's weights under, most common first. */
/** Keys named in a message: enough to recognise the file. */
const MAX_LISTED_KEYS = 12;

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

/** A dict key as a message shows it: a string quoted and escaped, anything else named by its type. */
const shownKey = (key: unknown) => (typeof key === 'string' ? quoted(key) : describeValue(key));

function stripPrefixes(tensors: Map<string, TensorRef>, notes: string[]): Map<string, TensorRef> {
	for (let stripped = 0; stripped < MAX_STRIPPED_PREFIXES; stripped++) {
		const keys = [...tensors.keys()];
		const prefix = Object.keys(WRAPPER_PREFIXES).find((p) => keys.every((key) => key.startsWith(p)));
		if (!prefix) return tensors;
		notes.push(`Removed the "${prefix}" that ${WRAPPER_PREFIXES[prefix]} puts before every key.`);
		tensors = new Map(keys.map((key) => [key.slice(prefix.length), tensors.get(key) as TensorRef]));
	}
	return tensors;
}

/**
 * The weights are read into memory whole: refuse, from the pickle alone, what
 * no variant could use, in values and in the bytes of storage they reach
 * (the most a deflated storage is inflated to).
 */
function checkBudget(tensors: Map<string, TensorRef>): void {
	const elements = [...tensors.values()].reduce((sum, tensor) => sum + numel(tensor.shape), 0);
	if (elements > MAX_CHECKPOINT_ELEMENTS) {
		throw tooLarge(
			`its tensors hold ${elements.toLocaleString('en')} values, while the largest AlexNet at ` +
				`${MAX_CLASSES.toLocaleString('en')} classes has ${MAX_CHECKPOINT_ELEMENTS.toLocaleString('en')}`
		);
	}
	const reached = [...storageReach(tensors.values()).values()].reduce((sum, bytes) => sum + bytes, 0);
	if (reached > MAX_STORAGE_BYTES) {
		throw tooLarge(
			`its tensors reach ${reached.toLocaleString('en')} bytes of their storages, while the largest AlexNet at ` +
				`${MAX_CLASSES.toLocaleString('en')} classes needs ${MAX_STORAGE_BYTES.toLocaleString('en')} (as float32)`
		);
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
	// The same dict may sit under many keys (the memo makes that cheap to write): look at each once.
	const seen = new Map<unknown, Map<string, TensorRef> | null>();
	const tensorDict = (value: unknown) => {
		if (!seen.has(value)) seen.set(value, asTensorDict(value));
		return seen.get(value) ?? null;
	};
	const keys = [...root.keys()];
	const listed = (list: unknown[]) =>
		list.slice(0, MAX_LISTED_KEYS).map(shownKey).join(', ') + (list.length > MAX_LISTED_KEYS ? ', …' : '');
	const found = (key: unknown) => {
		const others = keys.filter((k) => k !== key);
		notes.push(
			`Found the weights under ${shownKey(key)}${others.length ? ` (the file also holds ${listed(others)})` : ''}.`
		);
	};
	for (const key of WRAPPER_KEYS) {
		const inner = tensorDict(root.get(key));
		if (inner) {
			found(key);
			return inner;
		}
	}
	const candidates = keys.filter((key) => tensorDict(root.get(key)));
	if (candidates.length === 1) {
		found(candidates[0]);
		return tensorDict(root.get(candidates[0])) as Map<string, TensorRef>;
	}
	throw new PthError(
		'not-state-dict',
		candidates.length > 1
			? `This checkpoint holds several sets of weights (${listed(candidates)}); save the one you want on its own with torch.save(…, path).`
			: `This checkpoint holds no state dict: its keys are ${listed(keys)}. Save the weights with torch.save(model.state_dict(), path).`
	);
}

export function findStateDict(root: unknown): StateDict {
	const notes: string[] = [];
	const tensors = stripPrefixes(unwrap(root, notes), notes);
	checkBudget(tensors);
	return { tensors, notes };
}
