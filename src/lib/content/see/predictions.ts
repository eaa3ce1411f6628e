/** What students read around the predictions. */

export const predictionsText = {
	heading: 'What the network thinks it sees',
	listLabel: 'Predictions',
	percent: (p: number) => `${(p * 100).toFixed(1)} %`,
	softmax:
		'The last layer gives one score (a logit) per class. Softmax turns the scores into probabilities: raise e to each score, then divide by the total, so they are all positive and add up to 1.',
	softmaxTop: (label: string) => `For the top class, ${label}, with the real scores:`,
	fashionWorld:
		'This model knows exactly ten kinds of clothing: T-shirt/top, trouser, pullover, dress, coat, sandal, shirt, sneaker, bag and ankle boot. Whatever you show it, it answers with one of these ten: a cat or a coffee cup is outside its world, and its “best guess” for them means nothing.',
	imagenetHow:
		'To recognise everyday photos, load ImageNet weights (1000 classes) on the model page: for example torchvision’s AlexNet weights as a .pth file, opened right there in the browser.'
};
