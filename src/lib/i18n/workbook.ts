/** The workbooks' part of the message dictionary, loaded when an Excel file is made. */
import { language } from './language';

const { workbook } =
	language === 'en' ? await import('./en/workbook') : await import('./nl/workbook');
export const workbookText = workbook;
