/** Words of the model card page: the default model, how it was made, and how to use ImageNet weights instead. */
export const modelCardPage = {
	title: 'The default model',
	intro:
		'The network this site runs out of the box is the article’s one-tower AlexNet, layer for layer, trained by this project on Fashion-MNIST. Nothing was downloaded to make it: the data set and PyTorch come from Debian’s packages, the training script is in the repository, and the weights you are using were converted by the project’s own converter.',
	dataHeading: 'Data set',
	data: 'Fashion-MNIST (Zalando Research, MIT licence): 70,000 greyscale photos of clothes, 28×28 pixels, in ten classes — 60,000 to train on and 10,000 kept aside to test. It was made as a harder drop-in replacement for the handwritten digits of MNIST.',
	classesHeading: 'What it knows',
	classes:
		'Exactly ten kinds of clothing. Shown anything else — a cat, a car, your face — it still picks one of these ten, because it has no other answer: a photo of something else is outside its world.',
	preprocessingHeading: 'Preprocessing',
	preprocessing:
		'Each image is turned grey, stretched to $224 \\times 224$ pixels with bilinear interpolation, scaled to $[0, 1]$ and normalised with the training set’s mean and standard deviation, then copied into all three input channels, because AlexNet expects colour.',
	accuracyHeading: 'How well it does',
	accuracy: (percent: string, count: number) =>
		`Top-1 accuracy on the ${count.toLocaleString('en-US')} test images: ${percent}. This figure is measured by the site’s own TensorFlow.js engine reading the shipped files, not by PyTorch.`,
	quantised: (percent: string, bytes: string) =>
		`The shipped weights are quantised to 8 bits a value (${bytes}); the same test with the unquantised float32 weights gives ${percent}.`,
	confusionCaption: 'Confusion matrix on the test set: rows are the true class, columns the prediction',
	confusionNote:
		'The biggest mistakes are between shirts, T-shirts, pullovers and coats: at 28×28 pixels in grey they differ in little more than a collar or a sleeve.',
	curveHeading: 'Training',
	curveLabel: 'Training loss falling and test accuracy rising over the epochs',
	training: (epochs: number, minutes: number) =>
		`Trained for ${epochs} epochs on the CPU of a two-core machine (${minutes} minutes) with AdamW and a one-cycle learning-rate schedule, random horizontal flips and shifts of up to two pixels, and the article’s dropout of 0.5 before the first two fully connected layers.`,
	reproduceHeading: 'Make it yourself',
	reproduce:
		'On Debian, `apt-get install python3-torch libopenblas0-pthread dataset-fashion-mnist`, then `npm run train` (it saves a checkpoint every 100 steps and resumes after an interruption), `npm run convert` to turn the `.pth` into the files the browser loads, and `npm run evaluate` to measure them. The README lists the exact commands.',
	imagenetHeading: 'Use ImageNet weights instead',
	imagenet:
		'torchvision publishes AlexNet trained on ImageNet’s 1000 classes. In Python, `torchvision.models.alexnet(weights="IMAGENET1K_V1")` downloads it once to `~/.cache/torch/hub/checkpoints/alexnet-owt-7be5be79.pth` (233 MB). Drop that file on the loader below: it is read inside your browser, and not a byte of it is sent anywhere.',
	greyFilters:
		'Why do its first-layer filters look like coloured noise? Every training image was grey, copied into red, green and blue alike, so learning pushed the three colours of each weight the same way and never touched their differences: those are the random numbers the weights started from. The learned part is the grey pattern the three share. Load ImageNet weights to see the coloured edge and blob detectors AlexNet is famous for.'
};
