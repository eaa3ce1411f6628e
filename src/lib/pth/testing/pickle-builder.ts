/** Writes small pickles by hand for tests: opcodes in, bytes out. */
import { OP } from '../pickle-opcodes';

const utf8 = new TextEncoder();

export class PickleBuilder {
	private readonly parts: number[] = [];

	op(...codes: number[]): this {
		this.parts.push(...codes);
		return this;
	}
	u32(value: number): this {
		this.parts.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
		return this;
	}
	raw(bytes: ArrayLike<number>): this {
		for (let i = 0; i < bytes.length; i++) this.parts.push(bytes[i]);
		return this;
	}
	str(text: string): this {
		const bytes = utf8.encode(text);
		return this.op(OP.BINUNICODE).u32(bytes.length).raw(bytes);
	}
	global(module: string, name: string): this {
		return this.op(OP.GLOBAL).raw(utf8.encode(`${module}\n${name}\n`));
	}
	int(value: number): this {
		return value >= 0 && value < 256 ? this.op(OP.BININT1, value) : this.op(OP.BININT).u32(value);
	}
	build(): Uint8Array {
		return new Uint8Array(this.parts);
	}
}

/** A pickle as torch.save writes it: protocol 2 header, then the body, then STOP. */
export const pickle = (body: (p: PickleBuilder) => PickleBuilder) =>
	body(new PickleBuilder().op(OP.PROTO, 2)).op(OP.STOP).build();
