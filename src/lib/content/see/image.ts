/** What students read around choosing a picture and when a picture is refused. */
import type { ImageProblem } from '../../image/problems';

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const megapixels = (pixels: number) => `${Math.round(pixels / 1_000_000)} megapixels`;

const cameraReasons = {
	unsupported: 'This browser does not offer a camera to web pages (it needs a secure https address or localhost).',
	denied: 'The camera was not allowed. You can allow it in the browser’s site settings, or choose a file instead.',
	'no-camera': 'No camera was found on this device.',
	failed: 'The camera could not be started. Another program may be using it.'
} as const;

/** One clear sentence or two per refusal; the previous picture stays on screen. */
export function problemMessage(problem: ImageProblem): string {
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
			return cameraReasons[problem.reason];
	}
}

export const chooserText = {
	heading: 'Your picture',
	pick: 'Choose a picture',
	change: 'Change picture',
	drop: 'or drop one here, or paste one (Ctrl+V)',
	camera: 'Use the camera',
	takePhoto: 'Take the photo',
	closeCamera: 'Close the camera',
	gallery: 'Sample pictures',
	working: 'Looking at the picture…',
	kept: 'The previous picture is still shown.'
};
