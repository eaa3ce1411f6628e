/**
 * tfjs-core registers no gradients unless asked: Grad-CAM and maximisation need them.
 * Imported only by the modules that differentiate (they run in the worker): Node's ESM loader
 * cannot load this file during prerendering, its imports lack file extensions.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
