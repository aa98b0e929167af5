/** Types of the layer fence plugin (eslint-layers.js), for the tests that load it. */
import type { ESLint } from 'eslint';

export declare const layers: ESLint.Plugin;
