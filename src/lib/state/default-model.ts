/**
 * The model shipped with the app: where its files are, and its card, known at
 * build time so the page describes the default model's classes before (and
 * while) its weights load.
 */
import shipped from '../../../static/models/fashion-mnist/model.json';
import type { ModelCard, ModelJson } from '../weights/manifest';

/** Among the static files, for `asset()` from $app/paths. */
export const DEFAULT_MODEL_PATH = '/models/fashion-mnist/model.json';

export const DEFAULT_MODEL_CARD: ModelCard = (shipped as unknown as ModelJson).modelCard;
