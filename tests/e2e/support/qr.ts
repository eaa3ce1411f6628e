/**
 * Reads a QR code from a PNG with ZXing-C++ compiled to WebAssembly
 * (zxing-wasm). Left to itself the package fetches its .wasm from a CDN; here
 * it is handed the binary from node_modules, so decoding never leaves this
 * machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

let prepared = false;

function prepareOffline(): void {
	if (prepared) return;
	const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
	prepareZXingModule({ overrides: { wasmBinary: new Uint8Array(wasm).buffer }, fireImmediately: true });
	prepared = true;
}

/** The text of the first QR code in a PNG image, or null if there is none. */
export async function decodeQr(png: Uint8Array): Promise<string | null> {
	prepareOffline();
	const [code] = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true });
	return code?.text ?? null;
}
