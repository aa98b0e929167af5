// A page that does not exist is a normal answer (the Dutch 404 page says so), not an error to log.
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Niet gevonden' : 'Fout' };
};
