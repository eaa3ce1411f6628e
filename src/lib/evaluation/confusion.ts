/** Accuracy and the confusion matrix from true and predicted class indices. */
export interface Evaluation {
	count: number;
	correct: number;
	accuracy: number;
	/** matrix[trueClass][predictedClass] = count. */
	confusion: number[][];
	/** Recall per true class. */
	perClassAccuracy: number[];
}

export function evaluatePredictions(
	truth: ArrayLike<number>,
	predicted: ArrayLike<number>,
	classes: number
): Evaluation {
	if (truth.length !== predicted.length) throw new Error(`${truth.length} labels but ${predicted.length} predictions.`);
	const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
	let correct = 0;
	for (let i = 0; i < truth.length; i++) {
		confusion[truth[i]][predicted[i]]++;
		if (truth[i] === predicted[i]) correct++;
	}
	const perClassAccuracy = confusion.map((row, c) => {
		const total = row.reduce((a, b) => a + b, 0);
		return total === 0 ? 0 : row[c] / total;
	});
	return {
		count: truth.length,
		correct,
		accuracy: truth.length ? correct / truth.length : 0,
		confusion,
		perClassAccuracy
	};
}

/** A fixed-width confusion matrix for the terminal: rows are the truth, columns the prediction. */
export function confusionTable(evaluation: Evaluation, labels: string[]): string {
	const short = labels.map((l) => l.slice(0, 7));
	const width = Math.max(7, ...evaluation.confusion.flat().map((n) => String(n).length)) + 1;
	const nameWidth = Math.max(...labels.map((l) => l.length)) + 2;
	const lines = [''.padEnd(nameWidth) + short.map((s) => s.padStart(width)).join('') + '   recall'];
	evaluation.confusion.forEach((row, i) => {
		const recall = (evaluation.perClassAccuracy[i] * 100).toFixed(1).padStart(8) + '%';
		lines.push(labels[i].padEnd(nameWidth) + row.map((n) => String(n).padStart(width)).join('') + recall);
	});
	return lines.join('\n');
}
