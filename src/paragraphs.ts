/**
 * Recognises paragraphs that are page furniture rather than reporting: photo credits, embed
 * prompts, "Read more:" links, runs of related-article headlines, stray fragments. They stay in
 * the corpus (flagged) but are never indexed or returned as answers. The rules look at shape
 * (brackets, a trailing colon, title case, missing sentence punctuation), never at given strings.
 */

export type ParagraphKind = 'content' | 'caption' | 'prompt' | 'navigation' | 'headline' | 'link' | 'fragment';

// Small words that stay lower case in a title-case headline.
const MINOR_WORDS = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'but',
	'nor',
	'of',
	'in',
	'on',
	'at',
	'to',
	'for',
	'from',
	'by',
	'with',
	'into',
	'over',
	'as',
	'vs',
	'via',
	'up',
]);
const QUOTE_MARKS = /["\u201C\u201D]/;
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*$/;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*/gu) ?? [];
}

/** True when most words that would be capitalised in a headline are (Kim Kardashian Gushes Over ...). */
export function isTitleCase(text: string): boolean {
	const significant = words(text).filter((w, i) => i === 0 || !MINOR_WORDS.has(w.toLowerCase()));
	if (significant.length === 0) return false;
	const capitalised = significant.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
	return capitalised / significant.length >= 0.75;
}

/** A line that reads as a headline: title case, at least three words, no sentence-ending full stop. */
function isHeadline(text: string): boolean {
	if (QUOTE_MARKS.test(text)) return false;
	if (/[.\u2026]["'\u201D\u2019)\]]*$/.test(text) || /[.!?]\s+\p{Lu}/u.test(text)) return false;
	return words(text).length >= 3 && isTitleCase(text);
}

/** Classifies one paragraph by its shape alone. */
export function classifyParagraph(text: string): ParagraphKind {
	const trimmed = text.trim();
	const wordCount = words(trimmed).length;
	if (wordCount === 0) return 'fragment';
	// A credit, caption or editor's note set entirely in brackets: (Photo: Youtube/TODAY)
	if (/^[([].*[)\]]$/s.test(trimmed) && wordCount <= 30) return 'caption';
	if (URL_ONLY.test(trimmed)) return 'link';
	// A short line that introduces something embedded below it: "Watch the full interview below:"
	if (trimmed.endsWith(':') && wordCount <= 20 && !QUOTE_MARKS.test(trimmed)) return 'prompt';
	// A short label and a colon before a headline or a link: "Read more: Some Other Story"
	const labelled = /^(\p{L}+(?:\s+\p{L}+){0,2})\s*:\s+(.+)$/u.exec(trimmed);
	if (labelled?.[1] && labelled[2] && /^\p{Lu}/u.test(labelled[1])) {
		const rest = labelled[2].trim();
		if (URL_ONLY.test(rest) || isHeadline(rest) || (!SENTENCE_END.test(rest) && words(rest).length <= 12)) {
			return 'navigation';
		}
	}
	if (isHeadline(trimmed)) return 'headline';
	// A few words with no sentence punctuation: "Advertisement", "Getty Images"
	if (wordCount <= 3 && !SENTENCE_END.test(trimmed) && !QUOTE_MARKS.test(trimmed)) return 'fragment';
	return 'content';
}
