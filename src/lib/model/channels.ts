/** Which conv layer a step's channels come from, so every step after a conv can show that conv's channel pictures. */
import type { Network } from './derive';

/**
 * The step itself when it is a conv, or the last conv before a run of steps that keep
 * channels apart (ReLU, LRN, pooling); null for a step after anything that mixes them.
 */
export function channelSource(network: Network, stepId: string): string | null {
	for (let i = network.steps.findIndex((s) => s.id === stepId); i >= 0; i--) {
		const kind = network.steps[i].kind;
		if (kind === 'conv') return network.steps[i].id;
		if (kind !== 'relu' && kind !== 'lrn' && kind !== 'maxpool' && kind !== 'adaptiveavgpool') return null;
	}
	return null;
}
