/** The workbooks' part of the message dictionary, loaded when an Excel file is made. */
export { workbook as workbookText } from './nl/workbook';
