/**
 * The walk through the network's pages: the overview, one page per step of the
 * variant, then the summary. ← → PageUp PageDown (and a clicker) follow it from
 * any of these pages; the previous / next links of a layer page come from it too.
 */
import type { ResolvedPathname } from '$app/types';
import type { Network, VariantId } from '$lib/model';
import { currentLang } from '$lib/i18n/current';
import { routeWithoutLang, type Lang } from '$lib/i18n/languages';
import { routes } from './routes';

export type WalkStop = { kind: 'overview' } | { kind: 'step'; id: string } | { kind: 'summary' };

export function walkStops(network: Network): WalkStop[] {
	return [
		{ kind: 'overview' },
		...network.steps.map((step): WalkStop => ({ kind: 'step', id: step.id })),
		{ kind: 'summary' }
	];
}

/** Where a page sits on the walk, from its route id (`/[[lang=lang]]/layer/[id]`) and step id; -1 off the walk. */
export function walkIndex(stops: WalkStop[], langRouteId: string | null, stepId: string | undefined): number {
	const routeId = routeWithoutLang(langRouteId);
	if (routeId === '/') return 0;
	if (routeId === '/summary') return stops.length - 1;
	if (routeId === '/layer/[id]') return stops.findIndex((s) => s.kind === 'step' && s.id === stepId);
	return -1;
}

export function walkHref(stop: WalkStop, variant: VariantId, lang: Lang = currentLang()): ResolvedPathname {
	if (stop.kind === 'overview') return routes.overview(variant, lang);
	if (stop.kind === 'summary') return routes.summary(variant, lang);
	return routes.step(stop.id, variant, lang);
}

/** The stops before and after the page at `index` (null at either end, or off the walk). */
export function walkNeighbours(stops: WalkStop[], index: number): { previous: WalkStop | null; next: WalkStop | null } {
	if (index < 0) return { previous: null, next: null };
	return { previous: stops[index - 1] ?? null, next: stops[index + 1] ?? null };
}
