/**
 * The examples under the chance and contribution levels, per domain: the "kans en bijdrage"
 * step's part of the message dictionary, loaded with that step only.
 */
export { levelExamples } from './nl/level-examples';
