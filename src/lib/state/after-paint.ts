/**
 * Resolves once the browser has painted what is on screen now: a frame's callback runs just
 * before that frame is painted, and a task queued from it runs after. Heavy code fetched after
 * this (storage, the validator, the price list) does not hold back a page's first drawing.
 */
export function afterNextPaint(): Promise<void> {
	return new Promise((painted) => {
		if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden')
			return void setTimeout(painted, 0);
		requestAnimationFrame(() => setTimeout(painted, 0));
	});
}

/**
 * Resolves once what is on screen now is painted and the browser has a quiet moment (at most
 * `within` ms later): for work the user does not wait for, such as opening storage for saving.
 */
export async function afterPaintWhenIdle(within = 1000): Promise<void> {
	await afterNextPaint();
	await new Promise<void>((idle) => {
		if (typeof requestIdleCallback !== 'function') return void setTimeout(idle, 0);
		requestIdleCallback(() => idle(), { timeout: within });
	});
}

/**
 * Resolves in a new task: work after it (drawing a draft just read and validated) is not one long
 * task with the work before it, so a tap or key press in between is handled at once.
 */
export function nextTask(): Promise<void> {
	return new Promise((next) => setTimeout(next, 0));
}

/**
 * Gives the browser a turn (input, and a paint when one is due) and resumes at once after it:
 * `scheduler.yield()` where the browser has it, else a message to itself. Unlike a zero timeout it
 * is not held back to 4 ms after a few in a row, so a list read in 20 slices does not wait 80 ms
 * for nothing.
 */
export function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	if (typeof MessageChannel !== 'function') return nextTask();
	return new Promise((resume) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resume();
		};
		channel.port2.postMessage(null);
	});
}
