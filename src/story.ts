/** A loaded story: the corpus, its index, its quotations and the lexicon, as one immutable value. */
import { type Corpus, loadCorpus } from './corpus.js';
import { corpusVersion } from './corpus-diff.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { type ParallelOptions, readerFor } from './parallel-build.js';
import { buildQuoteBookSteps, type PeopleNames, type QuoteBook } from './quote-book.js';
import { buildIndex, buildIndexSliced, type StoryIndex } from './search-index.js';
import { runSteps, runStepsSliced, type Steps } from './steps.js';

export { defaultLexicon };

export interface Story {
	corpus: Corpus;
	index: StoryIndex;
	lexicon: Lexicon;
	/** Every quotation with its speaker. */
	quotes: QuoteBook;
	/** Short content hash of the corpus. */
	version: string;
	/** When this version was loaded, and by whom. */
	loadedAt: Date;
	loadedBy: string;
}

/** A story from a corpus and its already built index (and its people's names, when made ahead). */
export function storyFrom(
	corpus: Corpus,
	index: StoryIndex,
	lexicon: Lexicon,
	loadedBy: string,
	names?: PeopleNames,
): Story {
	return runSteps(storyFromSteps(corpus, index, lexicon, loadedBy, names));
}

/** The same in steps (its quote book one person at a time), for a reload that runs in slices. */
export function* storyFromSteps(
	corpus: Corpus,
	index: StoryIndex,
	lexicon: Lexicon,
	loadedBy: string,
	names?: PeopleNames,
): Steps<Story> {
	const quotes = yield* buildQuoteBookSteps(index.attribution, index.entities, names);
	return { corpus, index, lexicon, quotes, version: corpusVersion(corpus), loadedAt: new Date(), loadedBy };
}

export function createStory(corpus: Corpus, lexicon: Lexicon = defaultLexicon(), loadedBy = 'startup'): Story {
	return storyFrom(corpus, buildIndex(corpus, lexicon), lexicon, loadedBy);
}

/**
 * The same, as the bot builds it: a large corpus reads who is who on a second thread while this
 * one indexes (src/parallel-build.ts). Nothing else runs meanwhile: it is not sliced.
 */
export async function buildStory(
	corpus: Corpus,
	lexicon: Lexicon = defaultLexicon(),
	options: ParallelOptions & { loadedBy?: string } = {},
): Promise<Story> {
	const reader = readerFor(corpus, lexicon, options);
	const index = await buildIndexSliced(corpus, lexicon, Number.POSITIVE_INFINITY, reader);
	// A worker makes its people's names while this thread finishes the index.
	const names = reader.personNames ? await runStepsSliced(reader.personNames(), Number.POSITIVE_INFINITY) : undefined;
	return storyFrom(corpus, index, lexicon, options.loadedBy ?? 'startup', names);
}

/** Loads and indexes the corpus folder; throws a CorpusError listing every problem. */
export async function openStory(dir: string, options: ParallelOptions = {}): Promise<Story> {
	return buildStory(await loadCorpus(dir), defaultLexicon(), options);
}
