import { base } from '$app/paths';
import { entryBytes } from '$lib/engine/weights';
import type { ModelJson } from '$lib/weights/manifest';
import type { AugmentationIndex, EvaluationRecord, TrainingRecord } from '$lib/components/modelcard/training';
import type { PageLoad } from './$types';

const MODEL_DIR = 'models/fashion-mnist';

/**
 * Read at build time (the page is prerendered): the card, the training record, the evaluations of the
 * shipped (quantised) weights on the test set and on the held-out photo-like pictures and of the same
 * weights unquantised, as `npm run evaluate` wrote them, and the grid of augmented training pictures.
 */
export const load: PageLoad = async ({ fetch, data }) => {
	const read = async <T>(file: string): Promise<T> => {
		const response = await fetch(`${base}/${MODEL_DIR}/${file}`);
		if (!response.ok) throw new Error(`${MODEL_DIR}/${file}: ${response.status}`);
		return (await response.json()) as T;
	};
	const [model, training, evaluation, wild, float32, augmentation] = await Promise.all([
		read<ModelJson>('model.json'),
		read<TrainingRecord>('training.json'),
		read<EvaluationRecord>('evaluation.json'),
		read<EvaluationRecord>('evaluation-wild.json'),
		read<EvaluationRecord>('evaluation-float32.json'),
		read<AugmentationIndex>('augmentation.json')
	]);
	const weightBytes = model.weightsManifest.flatMap((g) => g.weights).reduce((sum, w) => sum + entryBytes(w), 0);
	return {
		...data,
		card: model.modelCard,
		training,
		evaluation,
		wild,
		float32Accuracy: float32.accuracy,
		weightBytes,
		augmentation: { ...augmentation, url: `${base}/${MODEL_DIR}/${augmentation.file}` }
	};
};
