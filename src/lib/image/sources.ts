/** Files arriving by the other routes than the file picker: drag and drop, and paste. */

/** The first file of a drop, if any (a dragged link or text has none). */
export function fileFromDrop(event: DragEvent): File | null {
	return event.dataTransfer?.files?.[0] ?? null;
}

/** An image pasted from the clipboard (a copied picture or a copied image file), if any. */
export function fileFromPaste(event: ClipboardEvent): File | null {
	const items = Array.from(event.clipboardData?.items ?? []);
	const item =
		items.find((i) => i.kind === 'file' && i.type.startsWith('image/')) ?? items.find((i) => i.kind === 'file');
	return item?.getAsFile() ?? null;
}

/** True when a paste lands in a text field, where it means text, not a new image. */
export function isTextTarget(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}
