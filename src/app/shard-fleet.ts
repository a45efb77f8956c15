import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { NODE_FLAGS } from './node-flags.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';

/** How many shards Discord recommends for this bot, asked through the configured REST base. */
async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, gateway.shards);
}

export interface ShardFleet {
  manager: ShardingManager;
  stop(): Promise<void>;
}

/**
 * Run the bot through discord.js's ShardingManager: one child process per shard, each running
 * main.js (built, as `npm start` runs it) or main.ts (through tsx), which sees SHARDING_MANAGER and serves only
 * its shards. A crashed shard is
 * respawned by the manager. Rules that must hold across shards live in the database.
 */
export async function startShardFleet(config: Config, log: Logger): Promise<ShardFleet> {
  const totalShards = config.SHARDS === 'auto' ? await recommendedShards(config) : (config.SHARDS ?? 1);
  // Run as this module is: built JavaScript (`npm start`, dist/) or the TypeScript sources through tsx.
  const built = import.meta.url.endsWith('.js');
  const main = fileURLToPath(new URL(built ? './main.js' : './main.ts', import.meta.url));
  const manager = new ShardingManager(main, {
    token: config.DISCORD_TOKEN!,
    totalShards,
    ...(config.SHARD_LIST ? { shardList: config.SHARD_LIST } : {}),
    mode: 'process',
    respawn: true,
    // The shard processes run the same way their manager does, with `npm start`'s node flags.
    execArgv: built ? [...NODE_FLAGS] : [...NODE_FLAGS, '--import', 'tsx'],
  });
  manager.on('shardCreate', (shard: Shard) => {
    log.info({ shard: shard.id, total: totalShards }, 'shard process started');
    shard.on('death', () => log.warn({ shard: shard.id }, 'shard process died; respawning'));
  });
  if (config.SHARD_LIST?.some((id) => id >= totalShards))
    throw new Error(`SHARD_LIST names a shard beyond the ${totalShards} shards`);
  await manager.spawn({ amount: totalShards, delay: config.SHARD_SPAWN_DELAY_MS, timeout: 60_000 });
  log.info({ shards: config.SHARD_LIST ?? totalShards, total: totalShards }, 'all shards ready');
  return {
    manager,
    async stop() {
      // SIGTERM each shard so it finishes its work in flight and closes the database, then wait for it.
      await Promise.all(
        [...manager.shards.values()].map(
          (shard) =>
            new Promise<void>((resolve) => {
              const child = shard.process;
              if (!child || child.exitCode !== null) return resolve();
              child.removeAllListeners('exit');
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
