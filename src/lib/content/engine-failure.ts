/** The fold under a failure the page reports in its own language: the engine's message, in English as the engine writes it. */
import { localised } from '$lib/i18n/localised';

export const engineFailureText = localised({
	en: { detail: 'Technical detail' },
	zh: { detail: '技术细节' }
});
