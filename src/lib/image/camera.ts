/**
 * The camera, where the browser allows it (a secure origin and a permission):
 * a live preview in a <video>, one frame taken as pixels, the stream stopped.
 */
import { ImageRefused } from './problems';

export function cameraSupported(): boolean {
	return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

export async function openCamera(video: HTMLVideoElement): Promise<MediaStream> {
	if (!cameraSupported()) throw new ImageRefused({ kind: 'camera', reason: 'unsupported' });
	let stream: MediaStream;
	try {
		stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
	} catch (error) {
		const name = error instanceof DOMException ? error.name : '';
		const reason = name === 'NotAllowedError' ? 'denied' : name === 'NotFoundError' ? 'no-camera' : 'failed';
		throw new ImageRefused({ kind: 'camera', reason });
	}
	video.srcObject = stream;
	await video.play();
	return stream;
}

export function stopCamera(stream: MediaStream | null): void {
	stream?.getTracks().forEach((track) => track.stop());
}
