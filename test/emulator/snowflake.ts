const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;
let lastTimestamp = 0n;

/**
 * Real-looking Discord snowflakes (18–19 digits today). A per-process increment keeps ids
 * unique and strictly increasing even when many are minted in the same millisecond, which
 * discord.js relies on when it sorts messages or channels by id.
 */
export function snowflake(atMs: number = Date.now()): string {
  let ts = BigInt(atMs);
  if (ts < lastTimestamp) ts = lastTimestamp;
  if (ts === lastTimestamp) {
    increment += 1n;
    if (increment > 0xfffn) {
      ts += 1n;
      increment = 0n;
    }
  } else {
    increment = 0n;
  }
  lastTimestamp = ts;
  return (((ts - DISCORD_EPOCH) << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
}

/**
 * A snowflake that Discord's sharding formula `(id >> 22) % shardCount` maps to `shard`,
 * so multi-guild tests spread guilds across shards deterministically. `index` keeps guilds
 * that share a shard distinct.
 */
export function snowflakeForShard(shard: number, shardCount: number, index: number): string {
  const count = BigInt(shardCount);
  const now = BigInt(Date.now()) - DISCORD_EPOCH;
  // Minted a few seconds in the past so it sorts before every id snowflake() hands out later.
  const ts = now - (now % count) - count * BigInt(1000 + index) + BigInt(shard);
  return ((ts << 22n) | (2n << 17n)).toString();
}

export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function timestampOf(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
