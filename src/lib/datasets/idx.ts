/**
 * The IDX format of (Fashion-)MNIST: a big-endian header (magic with the
 * element type and rank, then each dimension) followed by the raw values.
 */
export interface IdxArray {
	shape: number[];
	data: Uint8Array;
}

const UNSIGNED_BYTE = 0x08;

export function readIdx(bytes: Uint8Array): IdxArray {
	if (bytes.length < 4) throw new Error('Not an IDX file: it is shorter than its 4-byte header.');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint16(0) !== 0) throw new Error('Not an IDX file: the first two bytes must be zero.');
	const type = view.getUint8(2);
	if (type !== UNSIGNED_BYTE)
		throw new Error(`IDX element type 0x${type.toString(16)} is not supported (only unsigned bytes).`);
	const rank = view.getUint8(3);
	const headerBytes = 4 + 4 * rank;
	if (bytes.length < headerBytes) throw new Error('IDX header is truncated.');
	const shape = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
	const count = shape.reduce((a, b) => a * b, 1);
	if (bytes.length < headerBytes + count) {
		throw new Error(`IDX data is truncated: expected ${count} values, found ${bytes.length - headerBytes}.`);
	}
	return { shape, data: bytes.subarray(headerBytes, headerBytes + count) };
}
