import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessibilityStatementSchema } from '$lib/domain/schemas/accessibility-statement';
import { zodIssues } from '$lib/domain/zod-issues';
import { issueMessage } from '$lib/components/drafts/import-messages';

describe('the accessibility statement a hosting organisation fills in', () => {
	it('ships valid and empty: no status claimed before an audit', () => {
		const shipped = JSON.parse(readFileSync('static/toegankelijkheidsverklaring.json', 'utf8'));
		const read = accessibilityStatementSchema.parse(shipped);
		expect(read.status).toBeNull();
		expect(read.lastAuditDate).toBe('');
		expect(read.knownGaps).toEqual([]);
	});

	it('names every wrong field in Dutch', () => {
		const data = { status: 'F', lastAuditDate: '31-02-2026', replyWithinDays: 0 };
		const parsed = accessibilityStatementSchema.safeParse(data);
		expect(parsed.success).toBe(false);
		const messages = zodIssues(parsed.error!, data).map(issueMessage);
		expect(messages).toHaveLength(3);
		expect(messages.some((message) => message.startsWith('status:'))).toBe(true);
		expect(messages.some((message) => message.startsWith('datum van het laatste onderzoek:'))).toBe(
			true
		);
		expect(messages.some((message) => message.startsWith('antwoord binnen (werkdagen):'))).toBe(
			true
		);
	});
});
