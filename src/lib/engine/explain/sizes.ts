/** Whether a picture of a given side can reach a step: every spatial output on the way must be at least 1×1. */
import { deriveNetwork, type Network } from '../../model/derive';

export function pictureSizeError(network: Network, size: number, upTo: number): string | null {
	if (!Number.isInteger(size) || size < 1) return `explain: a picture side of ${size} is not a whole number of pixels.`;
	const resized = deriveNetwork(network.variant, { classes: network.classes, inputSize: size });
	const bad = resized.steps.slice(0, upTo + 1).find((s) => s.outShape.length === 3 && s.outShape[1] < 1);
	return bad ? `explain: a ${size}-pixel picture is too small to reach ${bad.id}.` : null;
}
