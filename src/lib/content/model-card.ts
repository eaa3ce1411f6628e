/** Words of the model card page: the default model, how it was made, and how to use ImageNet weights instead. */
import { formatCount } from '$lib/i18n/format';
import { localised } from '$lib/i18n/localised';

const modelCardPageEn = {
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
	confusionAxis: 'true ↓ · predicted →',
	confusionNote:
		'The biggest mistakes are between shirts, T-shirts, pullovers and coats: at 28×28 pixels they differ in little more than a collar or a sleeve, and on a busy background even that can be lost.',
	curveHeading: 'Training',
	curveLabel: 'Training loss falling and accuracy on both test sets rising over the epochs',
	training: (epochs: number, minutes: number, smooth: number) =>
		`The colour model starts from the grey one this site shipped before (trained on plain Fashion-MNIST), and is trained for ${epochs} epochs of augmented pictures on the CPU of a two-core machine (${minutes} minutes) with AdamW, weight decay, a one-cycle learning-rate schedule, the article’s dropout of 0.5 before the first two fully connected layers, and a small penalty (weight ${smooth}) on differences between neighbouring weights of conv1.`,
	filtersHeading: 'Its first-layer filters',
	filters:
		'The grey model’s conv1 filters (left) looked like coloured noise: every training picture was grey, so learning moved the red, green and blue of each weight alike and never touched their differences — the random numbers they started from. The colour model (right) began from those filters blurred, and weight decay and a penalty on differences between neighbouring weights kept them smooth while it learned from colour pictures. What you see is honest rather than textbook: some soft grey light–dark patterns — blurry edges and bars at a few angles, bright or dark centres — and about two in three of the filters answering to colour: smooth gradients (a rainbow, blue into orange), green, blue and purple blobs, and colour edges (green beside purple, a red band across dark, blue above dark). ImageNet’s AlexNet has crisp striped edge detectors in many colours; this one trained for under fourteen epochs of colour pictures (about six hours on two CPU cores) on silhouettes of ten kinds of clothing. The smoothness figure is the mean correlation between horizontally and vertically neighbouring weights (0 for random noise, 1 for flat).',
	conv1Before: (smoothness: number) => `Before: the grey model (smoothness ${smoothness.toFixed(2)})`,
	conv1After: (smoothness: number) => `After: the colour model (smoothness ${smoothness.toFixed(2)})`,
	conv1Alt: (count: number, which: 'before' | 'after') =>
		`The ${count} conv1 filters of the ${which === 'before' ? 'grey model, before colour training' : 'shipped colour model'}, each 11×11 pixels in colour`,
	reproduceHeading: 'Make it yourself',
	reproduce:
		'On Debian, install `python3-torch libopenblas0-pthread libjemalloc2 dataset-fashion-mnist` and the background packages above, then `npm run train` (it saves a checkpoint every 100 steps and resumes after an interruption), `npm run convert` to turn the `.pth` into the files the browser loads, and `npm run evaluate` on both test sets. The README lists the exact commands.',
	imagenetHeading: 'Use ImageNet weights instead',
	imagenet:
		'torchvision publishes AlexNet trained on ImageNet’s 1000 classes. In Python, `torchvision.models.alexnet(weights="IMAGENET1K_V1")` downloads it once to `~/.cache/torch/hub/checkpoints/alexnet-owt-7be5be79.pth` (233 MB). Drop that file on the loader below: it is read inside your browser, and not a byte of it is sent anywhere.'
};

const trainingCurveTextEn = {
	loss: 'training loss (cross-entropy, per batch)',
	clean: 'accuracy on a sample of the Fashion-MNIST test set',
	wild: 'accuracy on a sample of the photo-like held-out pictures',
	epoch: 'epoch'
};

export const modelCardPage = localised({
	en: modelCardPageEn,
	zh: {
		title: '默认模型',
		intro:
			'本站打开就能用的网络，正是原文中的单塔 AlexNet，一层不差；本项目训练它识别彩色图片中的十类衣物。制作它没有下载任何东西：数据集、背景照片和 PyTorch 都来自 Debian 的软件包，训练脚本就在代码仓库里，你正在使用的权重是用本项目自己的转换工具转换出来的。',
		dataHeading: '数据集',
		data: 'Fashion-MNIST（Zalando Research，MIT 许可证）：70,000 张衣物的灰度照片，28×28 像素，分为十个类别——60,000 张用于训练，10,000 张留作测试。用手机拍的运动鞋照片和它们完全不像：照片是彩色的，鞋子只占画面的一部分，后面还有地板或桌面。所以模型从不直接拿这些灰色小方图来训练。',
		augmentationHeading: '它用什么训练',
		augmentation:
			'每张训练图片在每次使用时都重新生成，素材是训练集中的一件衣物：随机染上一种颜色，缩放到画面的 35–100%，平移，最多旋转 15°，有时左右翻转，再贴到一张真实照片的裁剪区域上（壁纸和示例照片来自 Debian 的 `plasma-workspace-wallpapers`、`gnome-backgrounds`、`ukui-wallpapers` 和 `python3-skimage`），或者贴到纯色、纹理或黑色背景上；然后像相机可能做的那样，改变颜色和对比度，做模糊或锐化，加上噪声和 JPEG 压缩痕迹。其中五分之一保持 Fashion-MNIST 原来的样子：黑底白衣。下面这十二张正是网络看到的样子：',
		augmentationLabel: '数据增强后的十二张训练图片',
		augmentedPicture: (label: string) => `${label}：网络在训练中看到的样子`,
		classesHeading: '它认识什么',
		classes:
			'它只认识十类衣物。给它看别的东西——一只猫、一杯咖啡、你的脸——它仍然会从这十类里挑一个，而且常常很有把握，因为它没有别的答案可给：softmax 把 100% 分给它认识的十个类别。试试图片选择器里的那只猫：不管它说什么，都只是对它的世界之外的东西的瞎猜。',
		preprocessingHeading: '预处理',
		preprocessing:
			"每张图片都保留颜色。先把短边缩放到 $224$ 像素，裁出中间 $224 \\times 224$ 的正方形，把数值缩放到 $[0, 1]$，再用在上面那些训练图片上测得的均值和标准差，对每个颜色通道做归一化：$x' = (x - \\mu_c) / \\sigma_c$。",
		inputLabel: '输入',
		meanLabel: '均值（红、绿、蓝）',
		stdLabel: '标准差（红、绿、蓝）',
		accuracyHeading: '它表现如何',
		accuracy: (clean: string, wild: string) =>
			`Top-1 准确率：在 Fashion-MNIST 自己的测试图片上为 ${clean}；把同一批测试衣物放到训练中从没见过的背景上、做成类似照片的图片，准确率为 ${wild}。`,
		accuracyMethod: (count: number) =>
			`两个数字都是本站自己的 TensorFlow.js 引擎读取发布的文件测出来的，而不是用 PyTorch。类照片测试集（${formatCount(count, 'zh')} 张图片，\`npm run wild\`）只用测试集里的衣物，背景照片也只来自两个没有参与训练的软件包（\`mate-backgrounds\`、\`sway-backgrounds\`），所以它是这里最接近学生自己拍的照片的东西。但它仍然不是真的照片：真实的衣服有褶皱、光线和阴影，而一个染了色的 28×28 轮廓没有。`,
		quantised: (percent: string, bytes: string) =>
			`发布的权重量化为每个值 8 位（${bytes}）；用未量化的 float32 权重做同样的测试，结果是 ${percent}。`,
		cleanHeading: 'Fashion-MNIST 测试集',
		wildHeading: '类照片图片（未参与训练）',
		classColumn: '类别',
		allClasses: '所有类别',
		pictures: (count: number) => `${formatCount(count, 'zh')} 张图片`,
		comparisonCaption: '两个测试集上各类别的准确率',
		confusionCaption: (set: string) => `混淆矩阵（${set}）：行是真实类别，列是预测结果`,
		confusionAxis: '真实 ↓ · 预测 →',
		confusionNote:
			'最大的错误出在衬衫、T恤、套头衫和外套之间：在 28×28 像素下，它们的区别不过是一个领子或一只袖子，背景一乱，连这点区别都可能看不出来。',
		curveHeading: '训练',
		curveLabel: '训练损失随轮次下降，两个测试集上的准确率随轮次上升',
		training: (epochs: number, minutes: number, smooth: number) =>
			`彩色模型从本站以前发布的灰度模型（在普通 Fashion-MNIST 上训练）出发，在一台双核机器的 CPU 上用数据增强后的图片训练了 ${epochs} 轮（${minutes} 分钟）。训练使用 AdamW、权重衰减、one-cycle 学习率调度、原文在前两个全连接层之前使用的 0.5 的 Dropout，以及对 conv1 相邻权重之差的一个小惩罚（系数 ${smooth}）。`,
		filtersHeading: '它的第一层滤波器',
		filters:
			'灰度模型的 conv1 滤波器（左）看起来像彩色噪声：每张训练图片都是灰色的，所以学习让每个权重的红、绿、蓝三个分量一起变化，从没改变过它们之间的差别——也就是它们最初的随机数。彩色模型（右）从这些滤波器的模糊版本出发，用彩色图片学习时，权重衰减和对相邻权重之差的惩罚让它们保持平滑。你看到的是真实的结果，而不是教科书上的样子：一部分柔和的灰色明暗图案——几个角度的模糊边缘和条纹、亮的或暗的中心——大约三分之二的滤波器对颜色有反应：平滑的渐变（彩虹色、由蓝到橙），绿色、蓝色和紫色的斑点，以及颜色边缘（绿色挨着紫色、暗处横过的一条红带、上蓝下暗）。在 ImageNet 上训练的 AlexNet 有许多颜色的、清晰的条纹状边缘检测器；而这个模型只用彩色图片在十类衣物的轮廓上训练了不到十四轮（在两个 CPU 核心上约六小时）。平滑度是水平和竖直相邻权重之间的平均相关系数（随机噪声为 0，完全平坦为 1）。',
		conv1Before: (smoothness: number) => `之前：灰度模型（平滑度 ${smoothness.toFixed(2)}）`,
		conv1After: (smoothness: number) => `之后：彩色模型（平滑度 ${smoothness.toFixed(2)}）`,
		conv1Alt: (count: number, which: 'before' | 'after') =>
			`${which === 'before' ? '灰度模型（彩色训练之前）' : '发布的彩色模型'}的 ${count} 个 conv1 滤波器，每个都是 11×11 像素的彩色小图`,
		reproduceHeading: '自己做一个',
		reproduce:
			'在 Debian 上安装 `python3-torch libopenblas0-pthread libjemalloc2 dataset-fashion-mnist` 和上面提到的背景软件包，然后运行 `npm run train`（每 100 步保存一个检查点，中断后可以接着训练），用 `npm run convert` 把 `.pth` 转换成浏览器加载的文件，再用 `npm run evaluate` 在两个测试集上评估。README 里列出了确切的命令。',
		imagenetHeading: '改用 ImageNet 权重',
		imagenet:
			'torchvision 发布了在 ImageNet 的 1000 个类别上训练好的 AlexNet。在 Python 中，`torchvision.models.alexnet(weights="IMAGENET1K_V1")` 会把它下载一次，存到 `~/.cache/torch/hub/checkpoints/alexnet-owt-7be5be79.pth`（233 MB）。把这个文件拖到下面的加载器上：它只在你的浏览器里读取，一个字节也不会发送出去。'
	}
});

/** The training curve's legend. */
export const trainingCurveText = localised({
	en: trainingCurveTextEn,
	zh: {
		loss: '训练损失（交叉熵，每个批量）',
		clean: '在 Fashion-MNIST 测试集的一个样本上的准确率',
		wild: '在未参与训练的类照片图片的一个样本上的准确率',
		epoch: '轮次'
	}
});

/**
 * The training record's `note` (static/models/NAME/training.json) is English; a Chinese page shows its
 * counterpart here, keyed by the model's name, or nothing for a model with none.
 */
export const trainingNotesZh: Record<string, string> = {
	'AlexNet on Fashion-MNIST, in colour':
		'第二阶段训练了四次。第一次从灰度模型出发，原计划训练 4 轮，在训练过程中缩短了三次（在第 200、300 和 900 步分别改为 3、2 和 1.5 轮），好赶上本项目在两个共享 CPU 核心上能用的时间。第二次从第一次发布的权重继续训练，峰值学习率为 3e-4，原计划 2.5 轮；它和本项目的测试共用这两个核心，在第 600 步缩短为 1.8 轮、在第 900 步缩短为 1.2 轮。第三次从第二次发布的权重继续训练，峰值学习率为 3e-4，机器只做这一件事，生成训练图片的代码也快了三倍（生成的图片不变）；为了用上这些改动，它在前 500 步里两次从检查点恢复，在第 400 步把计划从 4 轮改为 4.5 轮，又在第 3800 步（4.05 轮）停下：那时学习率已降到峰值的 3%，停下是为了给本项目的检查留出时间。它沿用了前两次的随机种子，所以前 0.9 轮重放的是模型已经训练过的图片：那一段的低损失是记忆，不是能力。第四次从第三次发布的权重继续训练，峰值学习率为 3e-4，换了新的随机种子（3），所以它见到的每张图片都是新的；为了改用 jemalloc（快约 2.5 倍，步骤完全相同：记录的损失一模一样），它在前 400 步里三次从检查点恢复，在第 400 步把计划从 5 轮改为 7 轮，然后一直训练到结束。每次改计划，都是从当时到达的步数出发，按新的长度重新计算 one-cycle 学习率调度。'
};
