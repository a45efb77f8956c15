/**
 * The start-up cost Stepwise does not own: node and importing discord.js.
 * `npm run bench` times spawn → the line below the same way it times the bot's "Stepwise is ready",
 * so startup_ms - startup_baseline_ms is what Stepwise itself adds.
 */
await import('discord.js');
process.stderr.write('baseline ready\n');
