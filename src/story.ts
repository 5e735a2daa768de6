/** A loaded story: the corpus, its index and the lexicon, as one immutable value. */
import { type Corpus, loadCorpus } from './corpus.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';

export { defaultLexicon };

import { buildQuoteBook, type QuoteBook } from './quote-book.js';
import { buildIndex, type StoryIndex } from './search-index.js';

export interface Story {
	corpus: Corpus;
	index: StoryIndex;
	lexicon: Lexicon;
	/** Every quotation with its speaker. */
	quotes: QuoteBook;
	/** When this version was loaded. */
	loadedAt: Date;
}

export function createStory(corpus: Corpus, lexicon: Lexicon = defaultLexicon()): Story {
	const index = buildIndex(corpus, lexicon);
	return { corpus, index, lexicon, quotes: buildQuoteBook(index.attribution, index.entities), loadedAt: new Date() };
}

/** Loads and indexes the corpus folder; throws a CorpusError listing every problem. */
export async function openStory(dir: string): Promise<Story> {
	return createStory(await loadCorpus(dir));
}
