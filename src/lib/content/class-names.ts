/**
 * Class names as a reader sees them. The model's own labels (its card's
 * `labels`) stay as they were trained and are what the tests and CLIs use;
 * a page shows each known label in the page's language. Labels we have no
 * translation for (ImageNet's thousand, a user's own) are shown as they are.
 */
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';

/** Fashion-MNIST's ten classes, in the words a Chinese shop would use. */
const fashionMnist = localised<Record<string, string>>({
	en: {
		'T-shirt/top': 'T-shirt/top',
		Trouser: 'Trouser',
		Pullover: 'Pullover',
		Dress: 'Dress',
		Coat: 'Coat',
		Sandal: 'Sandal',
		Shirt: 'Shirt',
		Sneaker: 'Sneaker',
		Bag: 'Bag',
		'Ankle boot': 'Ankle boot'
	},
	zh: {
		'T-shirt/top': 'T恤/上衣',
		Trouser: '裤子',
		Pullover: '套头衫',
		Dress: '连衣裙',
		Coat: '外套',
		Sandal: '凉鞋',
		Shirt: '衬衫',
		Sneaker: '运动鞋',
		Bag: '包',
		'Ankle boot': '短靴'
	}
});

export function classLabel(label: string, lang: Lang): string {
	return fashionMnist[lang][label] ?? label;
}
