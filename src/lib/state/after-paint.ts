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
