import { pino, type Logger } from 'pino';
import { redactSecrets } from '../core/normalise/secrets.js';

export type { Logger };

/**
 * Structured logs on stderr (stdout stays free for machine-readable output). Token-bearing fields are
 * censored by path, and any free text passes through the same secret redaction as tickets.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: { app: 'stepwise' },
      redact: {
        paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? redactSecrets(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    pino.destination(2),
  );
}
