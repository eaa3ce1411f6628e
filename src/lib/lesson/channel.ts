/**
 * The lesson window and the presenter window talk over a BroadcastChannel:
 * same origin, same browser, no server. Either can close; the other goes on.
 */
import type { VariantId } from '$lib/model';

export type LessonMessage =
	/** The lesson window says where it is (after every change, and when asked). */
	| { type: 'position'; slideId: string; reveal: number; variant: VariantId }
	/** The presenter asks the lesson window to go somewhere. */
	| { type: 'go'; slideId: string; reveal: number }
	/** A newly opened presenter asks where the lesson is. */
	| { type: 'hello' };

const CHANNEL = 'alexnet-lab:lesson';

export interface LessonChannel {
	post(message: LessonMessage): void;
	close(): void;
}

export function openLessonChannel(onmessage: (message: LessonMessage) => void): LessonChannel {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<LessonMessage>) => onmessage(event.data);
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
