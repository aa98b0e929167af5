/// <reference lib="webworker" />
/**
 * Runs the Monte Carlo and the tornado off the main thread, so typing never waits for them.
 * Receives { run, input, seed, draws }; answers { run, simulation, bars }.
 */
import type { SimulationInput } from '$lib/domain/uncertainty/input';
import { seededSimulation } from './seeded-simulation';
import { tornado } from '$lib/domain/uncertainty/tornado';

const worker = self as unknown as DedicatedWorkerGlobalScope;

worker.onmessage = (
	event: MessageEvent<{ run: number; input: SimulationInput; seed: number; draws: number }>
) => {
	const { run, input, seed, draws } = event.data;
	const simulation = seededSimulation(input, seed, draws);
	worker.postMessage({ run, simulation, bars: tornado(input) }, [simulation.totals.buffer]);
};
