import { existsSync } from 'node:fs';
import { loadEnv, toolSettings } from '../app/config.js';
import { isPostgresUrl, openStore } from '../store/open-store.js';
import { fail, parseCli, runIfMain, type CliIo } from './cli.js';

const USAGE = `
Usage:
  npm run --silent privacy -- --export-user ID   print everything held about one member as JSON
  npm run privacy -- --erase-user ID             remove one member's ids and words, print what changed

A data request, for the member with Discord id ID. Export lists their tickets (form answers, status
history, rating) and which transcripts exist. Erase removes their id and what they wrote from tickets
(question, form answers, rating comment), deletes the transcripts of their tickets, and replaces
their id in ticket history; the rows stay, so counts and insights do not change. Recorded questions
and feedback hold no user ids, so there is nothing of theirs to remove there.

Options:
  --db FILE|URL   the database (default STEPWISE_DB, else data/stepwise.db)
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    { 'export-user': { type: 'string' }, 'erase-user': { type: 'string' }, db: { type: 'string' } },
    USAGE,
  );
  if (positionals.length > 0) fail(`Unknown argument ${positionals[0]}. See --help.`);
  const exportId = values['export-user'];
  const eraseId = values['erase-user'];
  if ((exportId === undefined) === (eraseId === undefined))
    fail('Give one of --export-user ID or --erase-user ID. See --help.');
  const id = (exportId ?? eraseId)!;
  if (!/^\d{17,20}$/.test(id)) fail(`${id} is not a Discord user id (17-20 digits).`);
  loadEnv();
  const db = values.db ?? toolSettings(io.env).STEPWISE_DB;
  if (!isPostgresUrl(db) && !existsSync(db)) fail(`No database at ${db}: point --db or STEPWISE_DB at it.`);
  const store = await openStore(db);
  try {
    if (exportId !== undefined) {
      io.out(`${JSON.stringify({ user: id, ...(await store.memberData(id)) }, null, 2)}\n`);
    } else {
      const changed = await store.eraseMember(id);
      io.out(
        `Erased member ${id}: ${changed.tickets} ticket(s) without their id or words, ${changed.transcripts} transcript(s) deleted, ` +
          `${changed.events} history entr${changed.events === 1 ? 'y' : 'ies'} anonymised.\n`,
      );
    }
  } finally {
    await store.close();
  }
  return 0;
}

await runIfMain(import.meta, main);
