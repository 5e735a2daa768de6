/**
 * Build workers that fail (test/parallel-build.test.ts), chosen by the WORKER_FAILS environment
 * variable: 'at-once' fails before sending anything; 'after-claiming' sends the real entities,
 * claims every part it can, then stops without sending their attribution; 'after-one-part' sends
 * the entities and the real attribution of the first part it claims, then claims the rest and stops.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../../src/corpus.js';
import { defaultLexicon } from '../../src/lexicon.js';
import { CLAIMED_BY, claim, type FromWorker, partReader, type ToWorker } from '../../src/parallel-build.js';
import { buildEntityIndexSteps } from '../../src/people.js';
import { runSteps } from '../../src/steps.js';

const port = parentPort;
if (!port) throw new Error('a worker');
const articles: Article[] = [];
port.on('message', (message: ToWorker) => {
	if (message.type === 'articles') {
		articles.push(...message.articles);
		return;
	}
	if (process.env.WORKER_FAILS === 'at-once') {
		port.postMessage({ type: 'failed', message: 'failing at once, as asked' } satisfies FromWorker);
		return;
	}
	const entities = runSteps(buildEntityIndexSteps({ articles }, defaultLexicon(), message.people));
	port.postMessage({ type: 'entities', entities: entities.entities } satisfies FromWorker);
	const claims = new Int32Array(message.claims);
	const readPart = partReader(articles, entities, defaultLexicon());
	let sent = process.env.WORKER_FAILS === 'after-claiming';
	for (let part = message.parts.length - 1; part >= 0; part--) {
		if (!claim(claims, part, CLAIMED_BY.worker)) break;
		if (sent) continue;
		const { message: read, transfer } = readPart(part, message.parts[part] as [number, number]);
		port.postMessage(read, transfer);
		sent = true;
	}
	process.exit(3);
});
