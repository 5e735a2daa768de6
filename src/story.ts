/** A loaded story: the corpus, its index, its quotations and the lexicon, as one immutable value. */
import { type Corpus, loadCorpus } from './corpus.js';
import { corpusVersion } from './corpus-diff.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { buildQuoteBook, type QuoteBook } from './quote-book.js';
import { buildIndex, type StoryIndex } from './search-index.js';

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
	return {
		corpus,
		index,
		lexicon,
		quotes: buildQuoteBook(index.attribution, index.entities),
		version: corpusVersion(corpus),
		loadedAt: new Date(),
		loadedBy,
	};
}

export function createStory(corpus: Corpus, lexicon: Lexicon = defaultLexicon(), loadedBy = 'startup'): Story {
	return storyFrom(corpus, buildIndex(corpus, lexicon), lexicon, loadedBy);
}

/** Loads and indexes the corpus folder; throws a CorpusError listing every problem. */
export async function openStory(dir: string): Promise<Story> {
	return createStory(await loadCorpus(dir));
}
