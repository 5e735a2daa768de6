/**
 * Who is who in a corpus: the people and organisations it names (src/people.ts) and who said each
 * of its quotations (src/quotes.ts). The index build reads it beside the passages' text: a reader
 * is started before the passages go in and finished after, so that a reader on another thread
 * (src/parallel-build.ts) works while this one indexes.
 */
import type { Corpus } from './corpus.js';
import type { Lexicon } from './lexicon.js';
import { buildEntityIndexSteps, type EntityIndex } from './people.js';
import type { PeopleNames } from './quote-book.js';
import { type Attribution, attributeQuotesSteps } from './quotes.js';
import type { Steps } from './steps.js';

export interface WhoIsWho {
	entities: EntityIndex;
	attribution: Attribution;
}

export interface WhoIsWhoReader {
	/** Runs before the passages are indexed. */
	start(): Steps<void>;
	/** Runs after; gives who is who. */
	finish(): Steps<WhoIsWho>;
	/**
	 * After finish, the names of its entity index's people, when another thread made them (the
	 * quote book's, PeopleNames); undefined when it could not.
	 */
	personNames?(): Steps<PeopleNames | undefined>;
}

/** Who is who, read in this thread. */
export function* whoIsWhoSteps(corpus: Corpus, lexicon: Lexicon): Steps<WhoIsWho> {
	const entities = yield* buildEntityIndexSteps(corpus, lexicon, corpus.people);
	const attribution = yield* attributeQuotesSteps(corpus, entities, lexicon);
	return { entities, attribution };
}

/** A reader that reads it all in this thread, once the passages are indexed. */
export function readInThread(corpus: Corpus, lexicon: Lexicon): WhoIsWhoReader {
	return {
		*start() {},
		finish: () => whoIsWhoSteps(corpus, lexicon),
	};
}
