/** What students read around choosing a picture and when a picture is refused. */
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';
import type { ImageProblem } from '../../image/problems';
import { classLabel } from '../class-names';

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const megapixels = (pixels: number) => `${Math.round(pixels / 1_000_000)} megapixels`;
/** Chinese counts pixels in 万 (ten thousand), as camera makers there do: 4800 万像素. */
const wanPixels = (pixels: number) => `${Math.round(pixels / 10_000)} 万像素`;

type CameraReason = Extract<ImageProblem, { kind: 'camera' }>['reason'];

const cameraReasons = localised<Record<CameraReason, string>>({
	en: {
		unsupported: 'This browser does not offer a camera to web pages (it needs a secure https address or localhost).',
		denied: 'The camera was not allowed. You can allow it in the browser’s site settings, or choose a file instead.',
		'no-camera': 'No camera was found on this device.',
		failed: 'The camera could not be started. Another program may be using it.'
	},
	zh: {
		unsupported: '这个浏览器不向网页提供摄像头（需要安全的 https 地址或 localhost）。',
		denied: '没有获得使用摄像头的许可。你可以在浏览器的网站设置里允许它，或者改为选择一个文件。',
		'no-camera': '这台设备上没有找到摄像头。',
		failed: '摄像头无法启动，可能有别的程序正在使用它。'
	}
});

const problemMessages = localised<{ say: (problem: ImageProblem) => string }>({
	en: {
		say: (problem) => {
			switch (problem.kind) {
				case 'empty':
					return 'That file is empty: it holds no picture at all.';
				case 'file-too-large':
					return `That file is ${megabytes(problem.bytes)}, more than the ${megabytes(problem.limit)} this page accepts. Try a smaller copy of the photo.`;
				case 'svg':
					return 'That is an SVG drawing, made of shapes rather than pixels. AlexNet needs a photo made of pixels: PNG, JPEG, GIF, WebP or BMP.';
				case 'text':
					return 'That file holds text, not a picture, whatever its name says. Choose a PNG, JPEG, GIF, WebP or BMP image.';
				case 'unknown-format':
					return 'That file is not a picture this page can read. Choose a PNG, JPEG, GIF, WebP or BMP image.';
				case 'truncated':
					return `That ${problem.format} file is cut off before its end, perhaps by an interrupted download. Try saving it again.`;
				case 'too-many-pixels':
					return (
						`That picture is ${problem.width} × ${problem.height} pixels (${megapixels(problem.width * problem.height)}), ` +
						`more than the ${megapixels(problem.limit)} this page can safely open. Try a smaller copy.`
					);
				case 'unreadable':
					return `That ${problem.format} file is damaged: the browser could not decode it.`;
				case 'camera':
					return cameraReasons.en[problem.reason];
			}
		}
	},
	zh: {
		say: (problem) => {
			switch (problem.kind) {
				case 'empty':
					return '这个文件是空的：里面根本没有图片。';
				case 'file-too-large':
					return `这个文件有 ${megabytes(problem.bytes)}，超过了本页面能接受的 ${megabytes(problem.limit)}。请换一张小一些的照片。`;
				case 'svg':
					return '这是一幅 SVG 矢量图，由形状而不是像素构成。AlexNet 需要由像素构成的照片：PNG、JPEG、GIF、WebP 或 BMP。';
				case 'text':
					return '不管文件名怎么写，这个文件里装的是文字，不是图片。请选择 PNG、JPEG、GIF、WebP 或 BMP 图片。';
				case 'unknown-format':
					return '这个文件不是本页面能读取的图片。请选择 PNG、JPEG、GIF、WebP 或 BMP 图片。';
				case 'truncated':
					return `这个 ${problem.format} 文件不完整，结尾被截断了，可能是下载中途断了。请重新保存一次再试。`;
				case 'too-many-pixels':
					return (
						`这张图片有 ${problem.width}×${problem.height} 像素（${wanPixels(problem.width * problem.height)}），` +
						`超过了本页面能安全打开的 ${wanPixels(problem.limit)}。请换一张小一些的图片。`
					);
				case 'unreadable':
					return `这个 ${problem.format} 文件已损坏：浏览器无法解码。`;
				case 'camera':
					return cameraReasons.zh[problem.reason];
			}
		}
	}
});

/** One clear sentence or two per refusal; the previous picture stays on screen. */
export function problemMessage(problem: ImageProblem, lang: Lang): string {
	return problemMessages[lang].say(problem);
}

export const chooserText = localised({
	en: {
		heading: 'Your picture',
		pick: 'Choose a picture',
		change: 'Change picture',
		drop: 'or drop one here, or paste one (Ctrl+V)',
		camera: 'Use the camera',
		takePhoto: 'Take the photo',
		closeCamera: 'Close the camera',
		gallery: 'Sample pictures',
		working: 'Looking at the picture…',
		kept: 'The previous picture is still shown.',
		current: (name: string) => `The current picture: ${name}`
	},
	zh: {
		heading: '你的图片',
		pick: '选择图片',
		change: '更换图片',
		drop: '也可以把图片拖到这里，或者粘贴（Ctrl+V）',
		camera: '拍照',
		takePhoto: '拍下这张',
		closeCamera: '关闭摄像头',
		gallery: '样例图片',
		working: '正在看这张图片…',
		kept: '仍然显示之前的图片。',
		current: (name: string) => `当前图片：${name}`
	}
});

/** The name a camera frame gets in the session; shown in the page's language. */
export const cameraPhotoName = localised({ en: 'Camera photo', zh: '拍摄的照片' });

/** The free-licence photos among the samples, by id (the Fashion-MNIST samples are named by their class). */
const photoTitles = localised<Record<string, string>>({
	en: {
		cat: 'Chelsea the cat',
		coffee: 'A cup of coffee',
		astronaut: 'Astronaut Eileen Collins',
		rocket: 'Falcon 9 launching DSCOVR'
	},
	zh: {
		cat: '猫咪 Chelsea',
		coffee: '一杯咖啡',
		astronaut: '宇航员艾琳·柯林斯',
		rocket: '发射 DSCOVR 的猎鹰 9 号火箭'
	}
});

/** A sample's name in the page's language (static/samples/index.json has the English). */
export function sampleTitle(sample: { id: string; title: string }, lang: Lang): string {
	return photoTitles[lang][sample.id] ?? classLabel(sample.title, lang);
}

/**
 * The current picture's name as shown: a sample by its title, a camera frame
 * as such, and a file by its own name (a file name is not translated).
 */
export function pictureName(
	picture: { name: string; sampleId?: string },
	samples: readonly { id: string; title: string }[],
	lang: Lang
): string {
	const sample = picture.sampleId ? samples.find((s) => s.id === picture.sampleId) : undefined;
	if (sample) return sampleTitle(sample, lang);
	if (picture.name === cameraPhotoName.en) return cameraPhotoName[lang];
	return picture.name;
}
