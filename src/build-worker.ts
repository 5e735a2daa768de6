/**
 * The build's worker thread (src/parallel-build.ts): takes the corpus in batches of articles,
 * reads its names and sends them, then attributes the quotations of the parts it claims, from the
 * last back, sending each as it is read, and ends. A failure is sent as a message; the build reads the rest itself.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from './corpus.js';
import { defaultLexicon } from './lexicon.js';
import { CLAIMED_BY, claim, type FromWorker, partReader, type ToWorker } from './parallel-build.js';
import { buildEntityIndexSteps } from './people.js';
import { personNamesSteps } from './quote-book.js';
import { runSteps } from './steps.js';

const port = parentPort;
if (!port) throw new Error('src/build-worker.ts runs as a worker thread');
const articles: Article[] = [];
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
	if (message.type === 'articles') {
		articles.push(...message.articles);
		return;
	}
	try {
		const lexicon = defaultLexicon();
		const entities = runSteps(buildEntityIndexSteps({ articles }, lexicon, message.people));
		send({ type: 'entities', entities: entities.entities });
		const claims = new Int32Array(message.claims);
		const readPart = partReader(articles, entities, lexicon);
		// Each part as soon as it is read: the main thread puts it back together between its own.
		for (let part = message.parts.length - 1; part >= 0; part--) {
			if (!claim(claims, part, CLAIMED_BY.worker)) break;
			const { message: read, transfer } = readPart(part, message.parts[part] as [number, number]);
			send(read, transfer);
		}
		send({ type: 'attributed' });
		// The main thread now finishes the index alone: the quote book's names are made here meanwhile.
		const names = runSteps(personNamesSteps(entities));
		send({ type: 'names', names }, [names.byName.buffer as ArrayBuffer]);
	} catch (error) {
		send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
	port.close();
});
