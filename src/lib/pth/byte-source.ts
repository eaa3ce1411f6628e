/**
 * Random access to a file's bytes. A 233 MB checkpoint need not be read whole:
 * its pickle is small and each tensor's storage is a separate range (a zip
 * entry, or a run of bytes after the legacy format's pickles), so the reader
 * asks only for the ranges it needs. In memory (Node, tests) a range is
 * a view, not a copy.
 */
export interface ByteSource {
	readonly size: number;
	/** Exactly `length` bytes from `offset`; callers stay within `size`. */
	read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array | ArrayBuffer): ByteSource {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	return {
		size: view.byteLength,
		read: async (offset, length) => view.subarray(offset, offset + length)
	};
}

/** The range [start, start + size) of another source, as a source of its own (a zip entry, a legacy storage). */
export function sliceSource(source: ByteSource, start: number, size: number): ByteSource {
	return { size, read: (offset, length) => source.read(start + offset, length) };
}

/** A `File` or `Blob` (browser, or Node 20's `Blob`): each range is one `slice().arrayBuffer()`. */
export function blobSource(blob: Blob): ByteSource {
	return {
		size: blob.size,
		read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer())
	};
}
