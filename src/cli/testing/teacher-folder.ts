/** A folder of pictures as a teacher might make it, for the tests of `evaluate --images`. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textFile } from '../../lib/image/testing/files';

export const FASHION_LABELS = [
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
];
const SAMPLES = 'static/samples';

/** A folder as a teacher might make it: two class folders (one in other letter case), a stray one, bad files. */
export function makeTeacherFolder(root: string): void {
	for (const dir of ['T-shirt_top', 'sNEAKER', 'sNEAKER/more', 'Cats']) mkdirSync(join(root, dir), { recursive: true });
	copyFileSync(join(SAMPLES, 'fashion-mnist/0019-t-shirt-top.png'), join(root, 'T-shirt_top/a.png'));
	copyFileSync(join(SAMPLES, 'photos/coffee.jpg'), join(root, 'T-shirt_top/b.jpg'));
	copyFileSync(join(SAMPLES, 'fashion-mnist/0009-sneaker.png'), join(root, 'sNEAKER/c.png'));
	writeFileSync(join(root, 'sNEAKER/notes.png'), textFile);
	writeFileSync(join(root, 'sNEAKER/empty.jpg'), new Uint8Array(0));
	writeFileSync(join(root, 'sNEAKER/.DS_Store'), 'x');
	copyFileSync(join(SAMPLES, 'photos/cat.jpg'), join(root, 'Cats/cat.jpg'));
	writeFileSync(join(root, 'manifest.json'), '{}');
}
