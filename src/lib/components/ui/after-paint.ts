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
