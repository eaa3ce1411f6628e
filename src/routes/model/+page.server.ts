import { conv1Pictures } from '$lib/server/conv1-pictures';
import type { PageServerLoad } from './$types';

/** At build time (the page is prerendered): conv1's filters before and after, drawn from the shipped files. */
export const load: PageServerLoad = () => ({ conv1: conv1Pictures('static/models/fashion-mnist') });
