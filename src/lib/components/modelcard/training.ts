/** The shipped record of the default model's training run (static/models/NAME/training.json). */
export interface TrainingPoint {
	step: number;
	epoch: number;
	loss: number;
	lr: number;
	testAccuracy?: number;
	/** Accuracy on a fixed sample of photo-like pictures on held-out backgrounds (the colour model). */
	wildAccuracy?: number;
}

export interface TrainingRecord {
	command: string;
	hyperparameters: Record<string, number | string>;
	points: TrainingPoint[];
	finalTestAccuracy: number;
	minutes: number;
	/** How the run deviated from a single uninterrupted schedule, in words. */
	note: string;
}

/** What `npm run evaluate -- --json` writes (static/models/NAME/evaluation.json). */
export interface EvaluationRecord {
	model: string;
	dataset: string;
	backend: string;
	count: number;
	correct: number;
	accuracy: number;
	confusion: number[][];
	perClassAccuracy: number[];
}

/** The grid of training pictures as the network saw them (python/export_augmentation.py). */
export interface AugmentationIndex {
	file: string;
	columns: number;
	/** Side of one picture in the atlas, in pixels. */
	cell: number;
	labels: string[];
}

/** One of the model card's conv1 pictures (`npm run conv1-pictures`): a PNG, one pixel a weight. */
export interface Conv1Picture {
	file: string;
	width: number;
	height: number;
	/** How many filters it shows. */
	count: number;
	smoothness: number;
}
