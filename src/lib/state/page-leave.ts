/**
 * A page that is unloaded (a typed address, a reload, a link out of the app) skips rendering from
 * its `pagehide` on (issue 24). Unloading, SvelteKit reads the scroll position (`visibilitychange`),
 * which made Chromium restyle every element first: at 500 lines the page's last task took 51-125 ms.
 * With the body's content skipped (`content-visibility: hidden`, which keeps its layout) that
 * restyle is a few elements, and no task went over 56 ms in 20 leaves. The page is no longer
 * shown then; one kept in the back-forward cache is shown again as it comes back (`pageshow`).
 */
export function skipRenderingWhenLeft(): () => void {
	const hide = () => {
		document.body.style.contentVisibility = 'hidden';
	};
	const show = (event: PageTransitionEvent) => {
		if (event.persisted) document.body.style.contentVisibility = '';
	};
	addEventListener('pagehide', hide);
	addEventListener('pageshow', show);
	return () => {
		removeEventListener('pagehide', hide);
		removeEventListener('pageshow', show);
	};
}
