/** The process logger: pino, JSON lines on stderr, with the bot token redacted wherever it could appear. */
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/** `destination` is stderr unless given (the tests read log lines from memory). */
export function createLogger(
	level: string,
	secrets: string[] = [],
	destination: DestinationStream = pino.destination(2),
): Logger {
	const hidden = secrets.filter((s) => s.length > 0);
	return pino(
		{
			level,
			redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
			hooks: {
				// A secret inside a message or an error text is replaced before the line is written.
				streamWrite: (line) => hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), line),
			},
		},
		destination,
	);
}
