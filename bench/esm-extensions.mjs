/**
 * A Node module hook for tfjs-core's gradients: they ship only as ES modules whose
 * relative imports leave out `.js` (and name folders), which Node's loader refuses.
 * Retried with the extension, then as a folder's index.js. Registered by node-runs.ts.
 */
export async function resolve(specifier, context, next) {
	try {
		return await next(specifier, context);
	} catch (error) {
		const code = error?.code;
		if (!specifier.startsWith('.') || (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'ERR_UNSUPPORTED_DIR_IMPORT'))
			throw error;
		try {
			return await next(`${specifier}.js`, context);
		} catch {
			return next(`${specifier}/index.js`, context);
		}
	}
}
