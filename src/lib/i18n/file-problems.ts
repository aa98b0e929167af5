/**
 * The sentences for what is wrong in a file (why an import, a price list, a template set or a sync
 * document is refused, and where), loaded with the pages that read files, not with every page.
 */
import { language } from './language';

const { fileProblems } =
	language === 'en' ? await import('./en/file-problems') : await import('./nl/file-problems');
export const fileProblemsText = fileProblems.fileProblems;
