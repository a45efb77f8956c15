import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';

/** The part of the emulator a client needs; structural so this file has no import cycle. */
export interface EmulatorEndpoint {
  apiUrl: string;
  token: string;
}

/**
 * ClientOptions that point a real discord.js Client at the emulator and remove the waits
 * that only make sense against real Discord (identify throttle, guild wait, REST offset).
 * Anything in `overrides` wins; `rest` and `ws` are merged key by key.
 */
export function emulatorClientOptions(emu: EmulatorEndpoint, overrides: Partial<ClientOptions> = {}): ClientOptions {
  const { rest, ws, ...rest_ } = overrides;
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    waitGuildTimeout: 1000,
    ...rest_,
    rest: {
      offset: 0,
      globalRequestsPerSecond: 1e6,
      timeout: 5000,
      retries: 3,
      ...rest,
      api: emu.apiUrl,
    },
    ws: {
      // The default throttler waits ~5 s between IDENTIFYs to respect Discord's limit.
      buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }),
      ...ws,
    },
  };
}

/**
 * Builds a Client with emulatorClientOptions(), logs in with the emulator's token and resolves
 * once `clientReady` fired. The caller owns the client and must destroy() it.
 */
export async function connectClient(
  emu: EmulatorEndpoint,
  overrides: Partial<ClientOptions> = {},
  opts: { timeoutMs?: number; setup?: (client: Client) => void } = {},
): Promise<Client<true>> {
  const client = new Client(emulatorClientOptions(emu, overrides));
  // Listeners registered before login see the very first events (e.g. GUILD_CREATE-driven ones).
  opts.setup?.(client);
  const ready = new Promise<Client<true>>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('connectClient: clientReady did not fire in time')),
      opts.timeoutMs ?? 5000,
    );
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  try {
    await client.login(emu.token);
    return await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
}
