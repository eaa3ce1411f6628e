/**
 * The engine: AlexNet's forward pass in TensorFlow.js, built from the model
 * description, returning the logits and every step's output.
 *
 * Pages use the worker client (a pass never blocks the page, and tfjs stays
 * out of the page's bundle):
 *
 *   const engine = createEngineClient();
 *   const backend = await engine.selectBackend();         // cached probe pick, or the user's override
 *   const model = await engine.load({ url: modelJsonUrl }); // or { manifest, data }
 *   const { logits, probabilities, activations, timings } = await engine.run({ data, shape: [3, 224, 224] });
 *   const top5 = topK(probabilities, model.card.labels);
 *
 * `activations` holds every step of the description in order, batch item 0, in
 * PyTorch's layout (C×H×W channel-major, or [features]).
 *
 * Node code (CLI, benchmark, tests) runs the same engine in-process:
 * `createNodeEngine` and `readWeightsSource` from `$lib/engine/node`.
 */
export type * from './types';
export type { EngineClient, ClientOptions } from './client';
export { createEngineClient } from './client';
export { chosenBackend } from './choice-cache';
export { backendNames } from './backend-names';
export { topK, type Ranked } from './top-k';
