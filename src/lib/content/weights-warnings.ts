/** What students read when the running weights are not sound. */
import { localised } from '$lib/i18n/localised';

export const weightsWarnings = localised({
	en: {
		nonFinite: (count: number) =>
			`Warning: ${count.toLocaleString('en-US')} of this model’s weights are not numbers (NaN) or infinite. ` +
			'The training that made them went wrong, so its predictions and feature maps can be NaN too: treat them as meaningless.'
	},
	zh: {
		nonFinite: (count: number) =>
			`警告：这个模型有 ${count.toLocaleString('zh-CN')} 个权重不是数字（NaN）或是无穷大。` +
			'得到它们的训练过程出了问题，所以它的预测和特征图也可能是 NaN：请把它们当作没有意义的结果。'
	}
});
