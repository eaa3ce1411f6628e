/**
 * The app's pages. Paths end in "/" (trailingSlash: 'always'), so the static
 * build is `layer/conv1/index.html` and works on any plain file server.
 */
import { resolve } from '$app/paths';

export const routes = {
	overview: () => resolve('/'),
	step: (id: string) => resolve(`/layer/${id}/`),
	chapter: () => resolve('/why-it-worked/'),
	summary: () => resolve('/summary/')
};
