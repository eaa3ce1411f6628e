/**
 * NaN and infinite weights: a training run that diverged leaves them, and a
 * forward pass through them gives NaN everywhere. They are found before any
 * quantisation (uint8's scale would become NaN, written to JSON as null) and
 * refused unless kept on purpose.
 */
import { keyName, PthError } from '../pth/errors';

export interface NonFiniteTensor {
	name: string;
	count: number;
}

/** Tensors named in the message: enough to see where. */
const MAX_NAMED = 4;

export function countNonFinite(values: Float32Array): number {
	let count = 0;
	for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) count++;
	return count;
}

/** float16 bit patterns: exponent all ones is infinity or NaN. */
export function countNonFiniteHalves(bits: Uint16Array): number {
	let count = 0;
	for (let i = 0; i < bits.length; i++) if ((bits[i] & 0x7c00) === 0x7c00) count++;
	return count;
}

export const totalNonFinite = (found: readonly NonFiniteTensor[]) => found.reduce((sum, t) => sum + t.count, 0);

/** One sentence: how many, and in which tensors. */
export function nonFiniteError(found: readonly NonFiniteTensor[], advice = ''): PthError {
	const total = totalNonFinite(found);
	const where = found
		.slice(0, MAX_NAMED)
		.map((t) => `${t.count.toLocaleString('en')} in ${keyName(t.name)}`)
		.join(', ');
	const more = found.length > MAX_NAMED ? `, and more in ${found.length - MAX_NAMED} other tensors` : '';
	return new PthError(
		'non-finite',
		`${total.toLocaleString('en')} weight${total === 1 ? ' is' : 's are'} NaN or infinite (${where}${more}): ` +
			`the training that made them diverged, or the file is damaged, and every prediction would be NaN.${advice}`
	);
}
