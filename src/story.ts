/** A loaded story: the corpus, its index, its quotations and the lexicon, as one immutable value. */
import { type Corpus, loadCorpus } from './corpus.js';
import { corpusVersion } from './corpus-diff.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { buildQuoteBookSteps, type QuoteBook } from './quote-book.js';
import { buildIndex, type StoryIndex } from './search-index.js';
import { runSteps, type Steps } from './steps.js';

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

/** A story from a corpus and its already built index. */
export function storyFrom(corpus: Corpus, index: StoryIndex, lexicon: Lexicon, loadedBy: string): Story {
	return runSteps(storyFromSteps(corpus, index, lexicon, loadedBy));
}

/** The same in steps (its quote book one person at a time), for a reload that runs in slices. */
export function* storyFromSteps(corpus: Corpus, index: StoryIndex, lexicon: Lexicon, loadedBy: string): Steps<Story> {
	const quotes = yield* buildQuoteBookSteps(index.attribution, index.entities);
	return { corpus, index, lexicon, quotes, version: corpusVersion(corpus), loadedAt: new Date(), loadedBy };
}

export function createStory(corpus: Corpus, lexicon: Lexicon = defaultLexicon(), loadedBy = 'startup'): Story {
	return storyFrom(corpus, buildIndex(corpus, lexicon), lexicon, loadedBy);
}

/** Loads and indexes the corpus folder; throws a CorpusError listing every problem. */
export async function openStory(dir: string): Promise<Story> {
	return createStory(await loadCorpus(dir));
}
