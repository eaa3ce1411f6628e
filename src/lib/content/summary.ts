/** Words of the summary page. */
export const summaryPage = {
	title: 'Summary',
	intro:
		'Every PyTorch module of the network with its output shape, parameters, multiply–adds and receptive field, in the manner of `torchinfo.summary`. Each name opens its page.',
	caption: 'Layer by layer, for one image',
	totals: 'Totals',
	columns: {
		layer: 'Layer',
		type: 'Type',
		output: 'Output shape',
		params: 'Parameters',
		macs: 'Multiply–adds',
		rf: 'Receptive field'
	},
	textHeading: 'As torchinfo prints it',
	textIntro:
		'The same table as plain text, to compare with `torchinfo.summary(model, input_size=(1, 3, 224, 224))` line by line.',
	classHeading: 'The model in PyTorch',
	classIntro:
		'A complete `nn.Module` for this variant, generated from the same description as every number on this site.',
	reprHeading: 'What print(model) shows',
	reprIntro: 'Exactly the text PyTorch prints for the class above.'
};
