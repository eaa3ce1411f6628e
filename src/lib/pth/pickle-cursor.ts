/** Reading a pickle byte by byte without ever running past its end: every overrun is a clear error. */
import { PthError } from './errors';

const DAMAGED = 'The pickle inside this file is damaged';

export const damagedPickle = (message: string) => new PthError('corrupt', `${DAMAGED}: ${message}.`);

/**
 * The bytes ran out before the pickle's STOP. Inside a zip entry that is
 * damage; the legacy reader, which reads the file's head before it knows
 * where its pickles end, reads further and tries again.
 */
export class PickleEndedEarly extends PthError {
	constructor(message: string) {
		super('corrupt', `${DAMAGED}: ${message}.`);
	}
}

/** Characters per String.fromCharCode call: well under any engine's limit on arguments. */
const LATIN1_CHUNK = 8192;

export class Cursor {
	pos = 0;
	private readonly data: DataView;
	private readonly decoder = new TextDecoder('utf-8', { fatal: true });

	constructor(
		private readonly bytes: Uint8Array,
		start = 0
	) {
		this.pos = start;
		this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}

	private need(n: number, what: string): number {
		if (!Number.isSafeInteger(n) || n < 0) throw damagedPickle(`${what} has an impossible length`);
		if (this.pos + n > this.bytes.length) throw this.endedIn(what);
		const at = this.pos;
		this.pos += n;
		return at;
	}

	private endedIn(what: string): PickleEndedEarly {
		return new PickleEndedEarly(`it ends in the middle of ${what}, at byte ${this.pos}`);
	}

	get done(): boolean {
		return this.pos >= this.bytes.length;
	}

	u8(what: string): number {
		return this.data.getUint8(this.need(1, what));
	}
	u16(what: string): number {
		return this.data.getUint16(this.need(2, what), true);
	}
	u32(what: string): number {
		return this.data.getUint32(this.need(4, what), true);
	}
	i32(what: string): number {
		return this.data.getInt32(this.need(4, what), true);
	}
	u64(what: string): number {
		const value = this.data.getBigUint64(this.need(8, what), true);
		if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damagedPickle(`a length in ${what} is impossibly large`);
		return Number(value);
	}
	f64be(what: string): number {
		return this.data.getFloat64(this.need(8, what), false);
	}
	bytesOf(n: number, what: string): Uint8Array {
		const at = this.need(n, what);
		return this.bytes.slice(at, at + n);
	}
	utf8(n: number, what: string): string {
		const at = this.need(n, what);
		try {
			return this.decoder.decode(this.bytes.subarray(at, at + n));
		} catch {
			throw damagedPickle(`${what} at byte ${at} is not valid UTF-8`);
		}
	}
	latin1(n: number, what: string): string {
		const at = this.need(n, what);
		const parts: string[] = [];
		for (let i = at; i < at + n; i += LATIN1_CHUNK)
			parts.push(String.fromCharCode(...this.bytes.subarray(i, Math.min(at + n, i + LATIN1_CHUNK))));
		return parts.join('');
	}
	/** Text up to a newline (GLOBAL's module and name). */
	line(what: string): string {
		const end = this.bytes.indexOf(0x0a, this.pos);
		if (end < 0) throw this.endedIn(what);
		const text = this.utf8(end - this.pos, what);
		this.pos++;
		return text;
	}
}

/**
 * Two's-complement little-endian integer of LONG1/LONG4; a number when it fits
 * exactly. Built from one hex string, in linear time (shifting a BigInt byte
 * by byte is quadratic).
 */
export function decodeLong(bytes: Uint8Array): number | bigint {
	if (bytes.length === 0) return 0;
	let hex = '';
	for (let i = bytes.length - 1; i >= 0; i--) hex += bytes[i].toString(16).padStart(2, '0');
	let value = BigInt(`0x${hex}`);
	if (bytes[bytes.length - 1] & 0x80) value -= 1n << BigInt(8 * bytes.length);
	const small = Number(value);
	return Number.isSafeInteger(small) ? small : value;
}
