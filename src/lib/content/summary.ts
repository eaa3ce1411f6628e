/** Words of the summary page. */
import { localised } from '$lib/i18n/localised';

export const summaryPage = localised({
	en: {
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
	},
	zh: {
		title: '汇总',
		intro:
			'网络中的每个 PyTorch 模块，连同它的输出形状、参数量、乘加运算次数和感受野，写法仿照 `torchinfo.summary`。点击名称可打开对应的页面。',
		caption: '逐层列出，按一张图片计算',
		totals: '合计',
		columns: {
			layer: '层',
			type: '类型',
			output: '输出形状',
			params: '参数量',
			macs: '乘加运算',
			rf: '感受野'
		},
		textHeading: 'torchinfo 打印出的样子',
		textIntro: '同一张表的纯文本版本，可以和 `torchinfo.summary(model, input_size=(1, 3, 224, 224))` 的输出逐行对照。',
		classHeading: '用 PyTorch 写出的模型',
		classIntro: '这个网络版本的一个完整的 `nn.Module`，和本站的每一个数字一样，都由同一份网络描述生成。',
		reprHeading: 'print(model) 显示的内容',
		reprIntro: '正是 PyTorch 为上面这个类打印出的文字。'
	}
});
