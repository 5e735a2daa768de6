/** Every slash command, in the order /help lists them. */
import type { AnyCommand } from '../src/command.js';
import ask from './ask.js';
import corpus from './corpus.js';
import help from './help.js';
import quote from './quote.js';

export const commands: readonly AnyCommand[] = [ask, quote, corpus, help];
