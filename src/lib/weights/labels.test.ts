/** The label lists that ship with the app (static/labels, written by python/make_labels.py from torchvision). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (name: string) =>
	JSON.parse(
		readFileSync(join(resolve(import.meta.dirname, '../../../static/labels'), `${name}.json`), 'utf8')
	) as unknown;

describe('shipped labels', () => {
	it('ImageNet: torchvision’s 1000 class names, in output order', () => {
		const labels = read('imagenet') as string[];
		expect(labels).toHaveLength(1000);
		expect(labels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
		expect([labels[0], labels[1], labels[281], labels[999]]).toEqual(['tench', 'goldfish', 'tabby', 'toilet tissue']);
	});

	it('Fashion-MNIST: the ten classes, in label order', () => {
		expect(read('fashion-mnist')).toEqual([
			'T-shirt/top',
			'Trouser',
			'Pullover',
			'Dress',
			'Coat',
			'Sandal',
			'Shirt',
			'Sneaker',
			'Bag',
			'Ankle boot'
		]);
	});
});
