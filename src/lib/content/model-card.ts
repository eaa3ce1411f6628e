/** Words of the model card page: the default model, how it was made, and how to use ImageNet weights instead. */
export const modelCardPage = {
	title: 'The default model',
	intro:
		'The network this site runs out of the box is the article’s one-tower AlexNet, layer for layer, trained by this project to recognise ten kinds of clothing in colour pictures. Nothing was downloaded to make it: the data set, the background photographs and PyTorch come from Debian’s packages, the training scripts are in the repository, and the weights you are using were converted by the project’s own converter.',
	dataHeading: 'Data set',
	data: 'Fashion-MNIST (Zalando Research, MIT licence): 70,000 greyscale photos of clothes, 28×28 pixels, in ten classes — 60,000 to train on and 10,000 kept aside to test. A phone photo of a sneaker looks nothing like them: it is in colour, the shoe fills part of the frame, and there is a floor or a table behind it. So the model never trains on the grey squares as they are.',
	augmentationHeading: 'What it trained on',
	augmentation:
		'Every training picture is made afresh, each time it is used, from a garment of the training split: tinted in a random colour, scaled to 35–100 % of the frame, moved, turned by up to 15°, sometimes mirrored, and laid over a crop of a real photograph (wallpapers and sample photos from Debian’s `plasma-workspace-wallpapers`, `gnome-backgrounds`, `ukui-wallpapers` and `python3-skimage`), a plain colour, a texture or black; then, like a camera might, its colours and contrast shifted, blurred or sharpened, given noise and JPEG artefacts. A fifth of them stay as Fashion-MNIST draws them, white on black. These twelve are exactly as the network saw them:',
	augmentationLabel: 'Twelve training pictures after augmentation',
	augmentedPicture: (label: string) => `${label}, as the network saw it in training`,
	classesHeading: 'What it knows',
	classes:
		'Exactly ten kinds of clothing. Shown anything else — a cat, a cup of coffee, your face — it still picks one of these ten, often with high confidence, because it has no other answer: the softmax shares out 100 % among the ten classes it knows. Try the cat in the picture chooser: whatever it says is a guess from outside its world.',
	preprocessingHeading: 'Preprocessing',
	preprocessing:
		"Each picture keeps its colours. Its shorter side is scaled to $224$ pixels and the middle $224 \\times 224$ square is cut out, the values are scaled to $[0, 1]$, and each colour channel is normalised with the mean and standard deviation measured on the training pictures above: $x' = (x - \\mu_c) / \\sigma_c$.",
	inputLabel: 'Input',
	meanLabel: 'Mean (red, green, blue)',
	stdLabel: 'Standard deviation (red, green, blue)',
	accuracyHeading: 'How well it does',
	accuracy: (clean: string, wild: string) =>
		`Top-1 accuracy: ${clean} on Fashion-MNIST’s own test pictures, ${wild} on photo-like pictures of the same test garments on backgrounds that training never saw.`,
	accuracyMethod: (count: number) =>
		`Both are measured by the site’s own TensorFlow.js engine reading the shipped files, not by PyTorch. The photo-like set (${count.toLocaleString('en-US')} pictures, \`npm run wild\`) uses only test garments and only background photographs from two packages kept out of training (\`mate-backgrounds\`, \`sway-backgrounds\`), so it is the nearest thing here to a student’s own photo. It is still not one: real clothes have folds, light and shadow that a tinted 28×28 silhouette does not.`,
	quantised: (percent: string, bytes: string) =>
		`The shipped weights are quantised to 8 bits a value (${bytes}); the same test with the unquantised float32 weights gives ${percent}.`,
	cleanHeading: 'Fashion-MNIST test set',
	wildHeading: 'Photo-like, held out',
	classColumn: 'Class',
	allClasses: 'All classes',
	pictures: (count: number) => `${count.toLocaleString('en-US')} pictures`,
	comparisonCaption: 'Accuracy per class on the two test sets',
	confusionCaption: (set: string) => `Confusion matrix, ${set}: rows are the true class, columns the prediction`,
	confusionNote:
		'The biggest mistakes are between shirts, T-shirts, pullovers and coats: at 28×28 pixels they differ in little more than a collar or a sleeve, and on a busy background even that can be lost.',
	curveHeading: 'Training',
	curveLabel: 'Training loss falling and accuracy on both test sets rising over the epochs',
	training: (epochs: number, minutes: number, smooth: number) =>
		`The colour model starts from the grey one this site shipped before (trained on plain Fashion-MNIST), and is trained for ${epochs} epochs of augmented pictures on the CPU of a two-core machine (${minutes} minutes) with AdamW, weight decay, a one-cycle learning-rate schedule, the article’s dropout of 0.5 before the first two fully connected layers, and a small penalty (weight ${smooth}) on differences between neighbouring weights of conv1.`,
	filtersHeading: 'Its first-layer filters',
	filters:
		'The grey model’s conv1 filters (left) looked like coloured noise: every training picture was grey, so learning moved the red, green and blue of each weight alike and never touched their differences — the random numbers they started from. The colour model (right) began from those filters blurred, and weight decay and a penalty on differences between neighbouring weights kept them smooth while it learned from colour pictures. What you see is honest rather than textbook: mostly soft grey light–dark patterns — blurry edges and bars at a few angles, bright or dark centres — and a handful of colour blobs (green, blue, orange against purple). ImageNet’s AlexNet has crisp striped edge detectors in many colours; this one trained for an epoch and a half (about an hour on two CPU cores) on silhouettes of ten kinds of clothing. The smoothness figure is the mean correlation between horizontally and vertically neighbouring weights (0 for random noise, 1 for flat).',
	conv1Before: (smoothness: number) => `Before: the grey model (smoothness ${smoothness.toFixed(2)})`,
	conv1After: (smoothness: number) => `After: the colour model (smoothness ${smoothness.toFixed(2)})`,
	conv1Alt: (count: number, which: 'before' | 'after') =>
		`The ${count} conv1 filters of the ${which === 'before' ? 'grey model, before colour training' : 'shipped colour model'}, each 11×11 pixels in colour`,
	reproduceHeading: 'Make it yourself',
	reproduce:
		'On Debian, install `python3-torch libopenblas0-pthread dataset-fashion-mnist` and the background packages above, then `npm run train` (it saves a checkpoint every 100 steps and resumes after an interruption), `npm run convert` to turn the `.pth` into the files the browser loads, and `npm run evaluate` on both test sets. The README lists the exact commands.',
	imagenetHeading: 'Use ImageNet weights instead',
	imagenet:
		'torchvision publishes AlexNet trained on ImageNet’s 1000 classes. In Python, `torchvision.models.alexnet(weights="IMAGENET1K_V1")` downloads it once to `~/.cache/torch/hub/checkpoints/alexnet-owt-7be5be79.pth` (233 MB). Drop that file on the loader below: it is read inside your browser, and not a byte of it is sent anywhere.'
};

/** The training curve's legend. */
export const trainingCurveText = {
	loss: 'training loss (cross-entropy, per batch)',
	clean: 'accuracy on a sample of the Fashion-MNIST test set',
	wild: 'accuracy on a sample of the photo-like held-out pictures'
};
