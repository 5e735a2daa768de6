/**
 * Named entities of a corpus, clustered so one person is one entity under all their names:
 * "Alice Marie Johnson", "Alice Johnson", "Alice", "Johnson", "Ms. Johnson". Built from the
 * corpus text alone: multi-word capitalised names are collected, names whose words are a subset
 * of a longer name are merged into it, and the longest form is the canonical name.
 */
import type { Corpus } from './corpus.js';
import { foldCase, foldPunctuation, STOP_WORDS } from './text.js';

/** Titles written before a name; they are not part of it. */
export const HONORIFICS = new Set([
	'mr',
	'mrs',
	'ms',
	'miss',
	'mx',
	'dr',
	'prof',
	'professor',
	'sir',
	'dame',
	'lord',
	'lady',
	'president',
	'vice',
	'senator',
	'sen',
	'rep',
	'representative',
	'governor',
	'gov',
	'mayor',
	'judge',
	'justice',
	'rev',
	'reverend',
	'pastor',
	'father',
	'sister',
	'brother',
	'king',
	'queen',
	'prince',
	'princess',
	'gen',
	'general',
	'col',
	'capt',
	'captain',
	'sgt',
	'officer',
	'detective',
	'chancellor',
	'minister',
	'secretary',
	'first',
]);

export interface Entity {
	/** Canonical name: the longest form seen. */
	name: string;
	/** Every multi-word form seen, canonical first. */
	forms: string[];
	/** Folded name words (kim, kardashian, west). */
	words: string[];
	/** Mentions of any multi-word form in content paragraphs. */
	mentions: number;
}

export interface EntityIndex {
	entities: Entity[];
	/** Folded name word -> entities whose name contains it. */
	byWord: Map<string, Entity[]>;
}

// A capitalised word (Kardashian, O'Neil, McDonald, KKW), possibly followed by a possessive.
const NAME_SEQUENCE = /\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*/gu;

/** Multi-word capitalised names in `text`, honorifics and leading stop words removed. */
export function findNames(text: string): string[] {
	const names: string[] = [];
	for (const match of foldPunctuation(text).matchAll(NAME_SEQUENCE)) {
		// A possessive ends a name ("CNN's Van Jones" is CNN, then Van Jones), and so does a full
		// stop after anything but an initial or an honorific ("I didn't know Kim. As soon as").
		const parts = match[0].split(/(?<='s)\s+|(?<=\p{L}{2,}\.)\s+/u).flatMap((part) => {
			const last = /(\p{L}+)\.$/u.exec(part)?.[1];
			return last && !HONORIFICS.has(foldCase(last)) ? [part.slice(0, -1)] : [part];
		});
		for (const part of parts) {
			const words = part
				.replace(/'s$/, '')
				.split(/\s+/)
				.map((w) => w.replace(/[.'-]+$/, ''));
			while (words.length > 0) {
				const first = foldCase(words[0] as string).replace(/\.$/, '');
				if (STOP_WORDS.has(first) || HONORIFICS.has(first)) words.shift();
				else break;
			}
			if (words.length >= 2 && words.every((w) => w.length > 0)) names.push(words.join(' '));
		}
	}
	return names;
}

/** Clusters the names found in every content paragraph of the corpus. */
export function buildEntityIndex(corpus: Corpus): EntityIndex {
	const counts = new Map<string, number>();
	for (const article of corpus.articles) {
		for (const passage of article.passages) {
			if (passage.kind !== 'content') continue;
			for (const name of findNames(passage.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	}
	// Longest names first, so a shorter name joins the longest name containing all its words.
	const forms = [...counts.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
	const entities: Entity[] = [];
	for (const form of forms) {
		const words = form.split(' ').map(foldCase);
		const containing = entities.filter((e) => words.every((w) => e.words.includes(w)));
		if (containing.length === 1) {
			const entity = containing[0] as Entity;
			entity.forms.push(form);
			entity.mentions += counts.get(form) ?? 0;
		} else if (containing.length === 0) {
			entities.push({ name: form, forms: [form], words, mentions: counts.get(form) ?? 0 });
		}
		// A form contained in two different names (rare) is ambiguous and left out.
	}
	const byWord = new Map<string, Entity[]>();
	for (const entity of entities) {
		for (const word of entity.words) {
			const list = byWord.get(word) ?? [];
			list.push(entity);
			byWord.set(word, list);
		}
	}
	return { entities, byWord };
}
