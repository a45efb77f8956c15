import { randomBytes } from 'node:crypto';
import { DiscordAPIError, MessageFlags, type Interaction } from 'discord.js';
import type { Logger } from '../app/log.js';
import { t } from '../core/i18n/messages.js';

/** Discord error codes that mean "too late or gone", not a bug: logged quietly, never retried. */
const GONE = new Set([
  10062 /* unknown interaction (token expired) */, 40060 /* already acknowledged */, 10008 /* unknown message */,
  10003 /* unknown channel */,
]);

export function isGone(err: unknown): boolean {
  if (!(err instanceof DiscordAPIError)) return false;
  if (typeof err.code === 'number' && GONE.has(err.code)) return true;
  // A reply to a message deleted meanwhile: Discord answers 50035 on message_reference, not 10008.
  const errors = (err.rawError as { errors?: { message_reference?: unknown } }).errors;
  return err.code === 50035 && JSON.stringify(errors?.message_reference ?? null).includes('UNKNOWN_MESSAGE');
}

/**
 * Run a handler; on an unexpected error log it with a short reference and show the member an apology
 * carrying that reference, so staff can find the log line.
 */
export async function guard(
  log: Logger,
  what: string,
  work: () => Promise<void>,
  interaction?: Interaction,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (isGone(err)) {
      log.warn(
        { what, code: (err as DiscordAPIError).code },
        'Discord says the interaction or message is gone; nothing to reply to',
      );
      return;
    }
    const ref = randomBytes(4).toString('hex');
    log.error({ err, what, ref }, 'handler failed');
    if (interaction?.isRepliable()) {
      const apology = {
        content: t(interaction.locale, 'error.apology', { ref }),
        flags: MessageFlags.Ephemeral,
      } as const;
      try {
        if (interaction.deferred || interaction.replied) await interaction.followUp(apology);
        else await interaction.reply(apology);
      } catch (replyErr) {
        log.warn({ ref, err: replyErr }, 'could not tell the member about the error');
      }
    }
  }
}
