export interface ProsePart {
	kind: 'text' | 'code' | 'math';
	text: string;
}

/** Splits "Use `groups=2` so $N = 55$" into text, code and math parts. */
export function proseParts(text: string): ProsePart[] {
	return text
		.split(/(`[^`]+`|\$[^$]+\$)/)
		.filter((piece) => piece !== '')
		.map((piece) => {
			if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1)
				return { kind: 'code', text: piece.slice(1, -1) };
			if (piece.startsWith('$') && piece.endsWith('$') && piece.length > 1)
				return { kind: 'math', text: piece.slice(1, -1) };
			return { kind: 'text', text: piece };
		});
}
