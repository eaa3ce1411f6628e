/** Fashion-MNIST from Debian's `dataset-fashion-mnist` package (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readIdx } from './idx';

export const FASHION_MNIST_DIR = '/usr/share/datasets/fashion-mnist';

export interface LabelledImages {
	count: number;
	width: number;
	height: number;
	/** count × height × width grey bytes. */
	images: Uint8Array;
	labels: Uint8Array;
}

export function loadFashionMnist(split: 'train' | 'test', dir = FASHION_MNIST_DIR): LabelledImages {
	const prefix = split === 'train' ? 'train' : 't10k';
	const read = (name: string) => {
		const path = join(dir, `${prefix}-${name}-idx${name === 'images' ? 3 : 1}-ubyte.gz`);
		try {
			return readIdx(gunzipSync(readFileSync(path)));
		} catch (e) {
			const hint =
				(e as NodeJS.ErrnoException).code === 'ENOENT' ? ' Install it with: apt-get install dataset-fashion-mnist' : '';
			throw new Error(`Cannot read ${path}: ${(e as Error).message}.${hint}`);
		}
	};
	const images = read('images');
	const labels = read('labels');
	const [count, height, width] = images.shape;
	if (labels.shape[0] !== count)
		throw new Error(`Fashion-MNIST ${split}: ${count} images but ${labels.shape[0]} labels.`);
	return { count, width, height, images: images.data, labels: labels.data };
}
