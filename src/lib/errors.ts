/**
 * What went wrong, as one line of text: an Error's message, or the thrown value itself
 * (a worker, a promise or a library may throw a string or a plain object).
 */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
