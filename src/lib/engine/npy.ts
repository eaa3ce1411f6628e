/**
 * NumPy's .npy format (versions 1–3), float32 C-order arrays only: the
 * fixtures PyTorch writes and the CLI's `--input`.
 */
import type { InputTensor } from './types';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

function headerField(header: string, key: string): string | null {
	const match = header.match(new RegExp(`'${key}'\\s*:\\s*('[^']*'|True|False|\\([^)]*\\))`));
	return match ? match[1] : null;
}

/** Reads a float32 array; throws a one-line reason for anything else. */
export function parseNpy(bytes: Uint8Array): InputTensor {
	if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a NumPy .npy file');
	const major = bytes[6];
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (major < 1 || major > 3) throw new Error(`.npy version ${major} is not read (1 to 3 are)`);
	const headerStart = major === 1 ? 10 : 12;
	if (bytes.length < headerStart) throw new Error('the .npy file ends inside its header');
	const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
	if (headerStart + headerLength > bytes.length) throw new Error('the .npy file ends inside its header');
	const header = new TextDecoder('latin1').decode(bytes.subarray(headerStart, headerStart + headerLength));
	const descr = headerField(header, 'descr');
	if (descr !== "'<f4'") throw new Error(`the array's dtype is ${descr ?? 'unknown'}, not float32 ('<f4')`);
	if (headerField(header, 'fortran_order') !== 'False') throw new Error('the array is in Fortran order, not C order');
	const shapeText = headerField(header, 'shape');
	if (!shapeText) throw new Error('the .npy header has no shape');
	const shape = shapeText
		.slice(1, -1)
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map(Number);
	if (!shape.every((n) => Number.isSafeInteger(n) && n >= 0))
		throw new Error(`the shape (${shapeText}) is not whole numbers`);
	const count = shape.reduce((a, b) => a * b, 1);
	const dataStart = headerStart + headerLength;
	if (bytes.length - dataStart !== count * 4) {
		throw new Error(`the header promises ${count} float32 values but the file holds ${(bytes.length - dataStart) / 4}`);
	}
	// Copied: the data need not be 4-byte aligned, and a Node Buffer may share its memory with others.
	const copy = new Uint8Array(count * 4);
	copy.set(bytes.subarray(dataStart));
	const data = new Float32Array(copy.buffer);
	// A NaN or infinity would make every output NaN: name it instead of predicting nonsense.
	const bad = data.findIndex((v) => !Number.isFinite(v));
	if (bad >= 0) throw new Error(`the array holds NaN or infinite values (the first at index ${bad}, ${data[bad]})`);
	return { data, shape };
}
