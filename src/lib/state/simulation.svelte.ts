/**
 * Owns the simulation worker (as the Svelte REPL's bundler state owns its worker): a new request
 * makes the run under way stale, and a stale run is stopped (the worker is ended and a fresh one
 * takes the new request), so results always belong to the draft as it is now.
 */
import { DEFAULT_DRAWS, type SimulationInput } from '$lib/domain/uncertainty/input';
import type { Simulation } from '$lib/domain/uncertainty/simulate';
import type { TornadoBar } from '$lib/domain/uncertainty/tornado';

/** Fixed, so the same draft always shows the same range. */
export const SIMULATION_SEED = 20_261_122;

interface Answer {
	run: number;
	simulation: Simulation;
	bars: TornadoBar[];
}

export class SimulationRunner {
	simulation = $state.raw<Simulation | null>(null);
	bars = $state.raw<TornadoBar[]>([]);
	#worker: Worker | null = null;
	#run = 0;
	#busy = false;

	request(input: SimulationInput): void {
		const run = ++this.#run;
		// A run still under way is for an older draft: stop it rather than wait for it.
		if (this.#busy) this.#stop();
		this.#worker ??= this.#start();
		this.#busy = true;
		this.#worker.postMessage({
			run,
			input: $state.snapshot(input),
			seed: SIMULATION_SEED,
			draws: DEFAULT_DRAWS
		});
	}

	destroy(): void {
		this.#stop();
	}

	#start(): Worker {
		const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<Answer>) => {
			if (event.data.run !== this.#run) return;
			this.#busy = false;
			this.simulation = event.data.simulation;
			this.bars = event.data.bars;
		};
		return worker;
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#busy = false;
	}
}
