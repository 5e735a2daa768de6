/**
 * The build's worker thread (src/parallel-build.ts): takes the corpus in batches of articles,
 * reads its names and sends them, then attributes the quotations of the parts it claims, from the
 * last back, sends them, and ends. A failure is sent as a message; the build reads the rest itself.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from './corpus.js';
import { defaultLexicon } from './lexicon.js';
import {
	type AttributionWire,
	attributePart,
	CLAIMED_BY,
	claim,
	encodeAttribution,
	type FromWorker,
	placesOf,
	type ToWorker,
} from './parallel-build.js';
import { buildEntityIndexSteps } from './people.js';
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
		const parts: { part: number; wire: AttributionWire }[] = [];
		const at = placesOf(articles);
		for (let part = message.parts.length - 1; part >= 0; part--) {
			if (!claim(claims, part, CLAIMED_BY.worker)) break;
			const attribution = runSteps(attributePart(articles, message.parts[part] as [number, number], entities, lexicon));
			parts.push({ part, wire: encodeAttribution(attribution, entities, at) });
		}
		send(
			{ type: 'attribution', parts },
			parts.flatMap(({ wire }) =>
				[wire.quotations, wire.abstained, wire.references, wire.described].map((a) => a.buffer as ArrayBuffer),
			),
		);
	} catch (error) {
		send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
	port.close();
});
