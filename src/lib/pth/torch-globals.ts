/**
 * The allow-list: every global a checkpoint may name, each implemented here in
 * TypeScript. The same set as torch's weights_only loader, less sparse,
 * quantised and meta tensors, which AlexNet never has.
 */
import { PthError, quoted } from './errors';
import { MAX_CHECKPOINT_ELEMENTS, tooLarge } from './limits';
import { PyCallable, PyConstant, PyDict, PyTuple, describeValue } from './pickle-values';
import {
	isTensorRef,
	numel,
	overlaps,
	storageSpan,
	type StorageDtype,
	type StorageRef,
	type TensorRef
} from './tensors';

/** `torch.FloatStorage` and friends: the storage type names the element type. */
const STORAGE_TYPES: Record<string, StorageDtype> = {
	FloatStorage: 'float32',
	HalfStorage: 'float16',
	BFloat16Storage: 'bfloat16',
	DoubleStorage: 'float64',
	LongStorage: 'int64',
	IntStorage: 'int32',
	ShortStorage: 'int16',
	CharStorage: 'int8',
	ByteStorage: 'uint8',
	BoolStorage: 'bool'
};

const DTYPE_NAMES = ['float16', 'float32', 'float64', 'bfloat16', 'int8', 'int16', 'int32', 'int64', 'uint8', 'bool'];

const corrupt = (message: string) => new PthError('corrupt', `A tensor in this file is malformed: ${message}.`);

function intTuple(value: unknown, what: string): number[] {
	if (!(value instanceof PyTuple) && !Array.isArray(value)) throw corrupt(`its ${what} is ${describeValue(value)}`);
	const items = value instanceof PyTuple ? value.items : value;
	if (!items.every((n): n is number => Number.isSafeInteger(n) && (n as number) >= 0)) {
		throw corrupt(`its ${what} holds something other than non-negative whole numbers`);
	}
	return items;
}

function makeTensor(storage: unknown, offset: unknown, size: unknown, stride: unknown): TensorRef {
	if (!isStorageRef(storage)) throw corrupt(`it is built on ${describeValue(storage)} instead of a storage`);
	if (!Number.isSafeInteger(offset) || (offset as number) < 0)
		throw corrupt('its storage offset is not a whole number');
	const tensor: TensorRef = {
		storage,
		offset: offset as number,
		shape: intTuple(size, 'size'),
		stride: intTuple(stride, 'stride')
	};
	if (tensor.shape.length !== tensor.stride.length) throw corrupt('its size and stride have different lengths');
	const elements = numel(tensor.shape);
	if (elements > MAX_CHECKPOINT_ELEMENTS)
		throw tooLarge(`a tensor of shape [${tensor.shape.join(', ')}] (${elements.toExponential(1)} elements)`);
	if (storageSpan(tensor).end > storage.numel) {
		throw corrupt(`it reaches past the end of its storage ${quoted(storage.key)} (${storage.numel} elements)`);
	}
	// Stride 0 or overlapping strides repeat storage elements: a small storage read as gigabytes. Saved weights never do.
	if (overlaps(tensor)) {
		throw corrupt(
			`its strides [${tensor.stride.join(', ')}] for shape [${tensor.shape.join(', ')}] read the same values more than once`
		);
	}
	return tensor;
}

function isStorageRef(value: unknown): value is StorageRef {
	return typeof value === 'object' && value !== null && 'key' in value && 'numel' in value && 'dtype' in value;
}

/** `OrderedDict()` or `OrderedDict([(key, value), …])`. */
function orderedDict(args: unknown[]): PyDict {
	const dict = new PyDict();
	const pairs = args[0];
	if (pairs === undefined) return dict;
	if (pairs instanceof PyDict) return new PyDict(pairs);
	if (!Array.isArray(pairs)) throw corrupt(`OrderedDict is given ${describeValue(pairs)}`);
	for (const pair of pairs) {
		const items = pair instanceof PyTuple ? pair.items : pair;
		if (!Array.isArray(items) || items.length !== 2) throw corrupt('OrderedDict is given something that is not a pair');
		dict.set(items[0], items[1]);
	}
	return dict;
}

function latin1Bytes(args: unknown[]): Uint8Array {
	const [text, encoding] = args;
	if (typeof text !== 'string' || (encoding !== 'latin1' && encoding !== 'latin-1')) {
		throw new PthError('unsupported', '_codecs.encode is only read for latin-1 text (how protocol 2 stores bytes).');
	}
	return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** A Parameter is its data here: requires_grad and hooks mean nothing to a forward pass. */
const parameterData = (args: unknown[]) => {
	if (!isTensorRef(args[0])) throw corrupt(`a Parameter wraps ${describeValue(args[0])}`);
	return args[0];
};

/** `module.name` → its implementation, for `unpickle`'s `globals`. */
export function torchGlobals(): Map<string, PyCallable | PyConstant> {
	const entries: (PyCallable | PyConstant)[] = [
		new PyCallable('collections.OrderedDict', orderedDict),
		new PyCallable('torch._utils._rebuild_tensor_v2', (a) => makeTensor(a[0], a[1], a[2], a[3])),
		new PyCallable('torch._utils._rebuild_tensor', (a) => makeTensor(a[0], a[1], a[2], a[3])),
		new PyCallable('torch._utils._rebuild_parameter', parameterData),
		new PyCallable('torch._utils._rebuild_parameter_with_state', parameterData),
		new PyCallable('torch.nn.parameter.Parameter', parameterData),
		new PyCallable('torch.Size', (a) => new PyTuple(intTuple(a[0] ?? new PyTuple([]), 'torch.Size'))),
		new PyCallable('torch.device', (a) => String(a[0])),
		new PyCallable('_codecs.encode', latin1Bytes),
		...Object.keys(STORAGE_TYPES).map((name) => new PyConstant(`torch.${name}`)),
		...DTYPE_NAMES.map((name) => new PyConstant(`torch.${name}`))
	];
	return new Map(entries.map((entry) => [entry.fullName, entry]));
}

/** A storage reference: `('storage', torch.FloatStorage, key, location, numel, …)`. */
export interface StorageId {
	key: string;
	dtype: StorageDtype;
	numel: number;
	/** The legacy format's sixth field, view_metadata: `None`, or where the storage sits inside another. */
	view: unknown;
}

export function parseStorageId(pid: unknown): StorageId {
	if (!(pid instanceof PyTuple)) {
		throw new PthError(
			'unsupported',
			`The pickle asks for an outside object named by ${describeValue(pid)}; only torch's storage references (tuples) are read.`
		);
	}
	const [kind, type, key, , count, view] = pid.items;
	if (kind !== 'storage') {
		throw new PthError(
			'unsupported',
			`The pickle asks for an outside object of kind ${typeof kind === 'string' ? quoted(kind) : describeValue(kind)}; only storages are read.`
		);
	}
	const typeName = type instanceof PyConstant ? type.fullName.replace(/^torch\./, '') : '';
	const dtype = STORAGE_TYPES[typeName];
	if (!dtype) throw new PthError('unsupported', `Storages of type ${describeValue(type)} are not read.`);
	if (typeof key !== 'string' || !Number.isSafeInteger(count) || (count as number) < 0) {
		throw corrupt('a storage reference lacks its key or element count');
	}
	if ((count as number) > MAX_CHECKPOINT_ELEMENTS)
		throw tooLarge(`storage ${quoted(key)} of ${(count as number).toExponential(1)} elements`);
	return { key, dtype, numel: count as number, view: view ?? null };
}

/** One StorageRef per key, so tensors that share a storage share it here too. */
export function rootStorage(storages: Map<string, StorageRef>, id: StorageId): StorageRef {
	const known = storages.get(id.key);
	if (known) return known;
	const storage: StorageRef = { key: id.key, dtype: id.dtype, numel: id.numel };
	storages.set(id.key, storage);
	return storage;
}

/** BINPERSID for torch's zip format, where every storage is its own entry `data/<key>`. */
export function storageLoader(storages = new Map<string, StorageRef>()): (pid: unknown) => StorageRef {
	return (pid) => rootStorage(storages, parseStorageId(pid));
}

/** The error for a global outside the allow-list. Whole pickled models name their class: say how to save the weights instead. */
export function refuseGlobal(fullName: string): PthError {
	const wholeModel = /^(__main__|torch\.nn\.modules|torchvision\.models)\./.test(fullName);
	const advice = wholeModel
		? ' It looks like the whole model object was saved (torch.save(model, path)); save its weights with torch.save(model.state_dict(), path) instead.'
		: '';
	return new PthError(
		'refused-global',
		`This file asks to run the Python code ${quoted(fullName)} while loading. Nothing was run: a .pth is read here only as ` +
			`tensors and plain containers, the same rule as torch.load(path, weights_only=True).${advice}`
	);
}
