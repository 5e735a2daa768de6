/**
 * `people.yaml` in the corpus folder (optional): corrections to the automatic clustering of names.
 *
 * ```yaml
 * people:
 *   - name: Kim Kardashian West      # the canonical name to show
 *     aliases: [Kim K, KKW]          # more names that mean this person; entities they match merge
 *   - name: The White House
 *     kind: organization
 * ```
 * Validated with zod; problems are reported as `people.yaml:line: message` like any corpus file.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { CorpusProblem } from './corpus.js';

export const PEOPLE_FILE = 'people.yaml';

const name = z
	.string({ error: 'must be text' })
	.trim()
	.min(1, 'must not be empty')
	.max(100, 'must be at most 100 characters');

export const PeopleFileSchema = z.strictObject({
	people: z
		.array(
			z.strictObject({
				name,
				aliases: z.array(name).default([]),
				kind: z.enum(['person', 'organization'], { error: 'kind must be person or organization' }).optional(),
			}),
		)
		.default([]),
});

export type PeopleFile = z.output<typeof PeopleFileSchema>;

export function parsePeopleFile(
	text: string,
	file = PEOPLE_FILE,
): { ok: true; people: PeopleFile } | { ok: false; problems: CorpusProblem[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineOf = (offset: number) => lineCounter.linePos(offset).line;
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((e) => ({
				file,
				line: lineOf(e.pos[0]),
				message: `invalid YAML: ${e.message.split('\n')[0]}`,
			})),
		};
	}
	const parsed = PeopleFileSchema.safeParse(doc.toJS() ?? {});
	if (parsed.success) return { ok: true, people: parsed.data };
	return {
		ok: false,
		problems: parsed.error.issues.map((issue) => {
			const node = doc.getIn(issue.path as (string | number)[], true) as
				| { range?: [number, number, number] }
				| undefined;
			const parentPath = issue.path.slice(0, -1) as (string | number)[];
			const parent = doc.getIn(parentPath, true) as { range?: [number, number, number] } | undefined;
			const range = node?.range ?? parent?.range;
			const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
			const message =
				issue.code === 'unrecognized_keys'
					? `unknown key "${issue.keys.join('", "')}" (allowed: name, aliases, kind)`
					: issue.message;
			return { file, line: range ? lineOf(range[0]) : 1, message: `${where}${message}` };
		}),
	};
}
