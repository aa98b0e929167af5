/**
 * The app's own templates: the study's two worked cases and four typical initiatives, as a
 * template file (data, read and validated like an organisation's own file). Their lines are priced
 * as the default list prices them (tests/unit/templates.test.ts checks, UPDATE_TEMPLATES=1 renews).
 */
import data from './default-templates.json';
import { readTemplateData, type TemplateFile } from './template-file';

export function defaultTemplates(): TemplateFile {
	const read = readTemplateData(data);
	if (!read.ok) throw new Error('The default templates do not validate');
	return read.file;
}
