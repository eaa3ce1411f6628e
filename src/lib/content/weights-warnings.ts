/** What students read when the running weights are not sound. */
export const weightsWarnings = {
	nonFinite: (count: number) =>
		`Warning: ${count.toLocaleString('en-US')} of this model’s weights are not numbers (NaN) or infinite. ` +
		'The training that made them went wrong, so its predictions and feature maps can be NaN too: treat them as meaningless.'
};
