import { base } from '$app/paths';
import { entryBytes } from '$lib/engine/weights';
import type { ModelJson } from '$lib/weights/manifest';
import type {
	AugmentationIndex,
	Conv1Picture,
	EvaluationRecord,
	TrainingRecord
} from '$lib/components/modelcard/training';
import type { PageLoad } from './$types';

const MODEL_DIR = 'models/fashion-mnist';

/**
 * Read at build time (the page is prerendered): the card, the training record, the evaluations of the
 * shipped (quantised) weights on the test set and on the held-out photo-like pictures and of the same
 * weights unquantised, as `npm run evaluate` wrote them, the grid of augmented training pictures and conv1's
 * filters before and after.
 */
export const load: PageLoad = async ({ fetch }) => {
	const read = async <T>(file: string): Promise<T> => {
		const response = await fetch(`${base}/${MODEL_DIR}/${file}`);
		if (!response.ok) throw new Error(`${MODEL_DIR}/${file}: ${response.status}`);
		return (await response.json()) as T;
	};
	const [model, training, evaluation, wild, float32, augmentation, conv1] = await Promise.all([
		read<ModelJson>('model.json'),
		read<TrainingRecord>('training.json'),
		read<EvaluationRecord>('evaluation.json'),
		read<EvaluationRecord>('evaluation-wild.json'),
		read<EvaluationRecord>('evaluation-float32.json'),
		read<AugmentationIndex>('augmentation.json'),
		read<{ before: Conv1Picture | null; after: Conv1Picture }>('conv1-pictures.json')
	]);
	const url = (file: string) => `${base}/${MODEL_DIR}/${file}`;
	const weightBytes = model.weightsManifest.flatMap((g) => g.weights).reduce((sum, w) => sum + entryBytes(w), 0);
	return {
		card: model.modelCard,
		training,
		evaluation,
		wild,
		float32Accuracy: float32.accuracy,
		weightBytes,
		augmentation: { ...augmentation, url: url(augmentation.file) },
		conv1: {
			before: conv1.before && { ...conv1.before, url: url(conv1.before.file) },
			after: { ...conv1.after, url: url(conv1.after.file) }
		}
	};
};
