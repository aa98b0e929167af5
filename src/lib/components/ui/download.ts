/** Saves text or bytes as a file on the user's computer (no network: a local object URL). */
export function downloadText(name: string, text: string | Uint8Array, type: string): void {
	const body = typeof text === 'string' ? text : new Uint8Array(text);
	const url = URL.createObjectURL(new Blob([body], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
