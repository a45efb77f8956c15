import type { Events } from './events.js';
import type { Gateway } from './gateway.js';
import type { UploadedFile } from './messages.js';
import type { EmulatorState, Json } from './state.js';

export interface Reply {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  /** Non-JSON body (e.g. a Cloudflare-style 502 page). */
  text?: string;
}

/** One REST call after routing: path parameters in order, query and parsed body. */
export interface Call {
  method: string;
  params: string[];
  query: Record<string, string>;
  body: Json;
  files: UploadedFile[];
}

export interface RestContext {
  state: EmulatorState;
  events: Events;
  gateway: Gateway;
  baseUrl: () => string;
  wsUrl: () => string;
  token: string;
  shards: number;
  callbackTimeoutMs: number;
  tokenLifetimeMs: number;
}

export function discordError(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

export const E = {
  unknownChannel: () => discordError(404, 10003, 'Unknown Channel'),
  unknownGuild: () => discordError(404, 10004, 'Unknown Guild'),
  unknownMember: () => discordError(404, 10007, 'Unknown Member'),
  unknownMessage: () => discordError(404, 10008, 'Unknown Message'),
  unknownRole: () => discordError(404, 10011, 'Unknown Role'),
  unknownUser: () => discordError(404, 10013, 'Unknown User'),
  unknownWebhook: () => discordError(404, 10015, 'Unknown Webhook'),
  unknownCommand: () => discordError(404, 10063, 'Unknown application command'),
  unknownInteraction: () => discordError(404, 10062, 'Unknown interaction'),
  alreadyAcknowledged: () => discordError(400, 40060, 'Interaction has already been acknowledged.'),
  invalidWebhookToken: () => discordError(401, 50027, 'Invalid Webhook Token'),
  cannotEditOthers: () => discordError(403, 50005, 'Cannot edit a message authored by another user'),
  wrongChannelType: () => discordError(400, 50024, 'Cannot execute action on this channel type'),
  threadArchived: () => discordError(400, 50083, 'Thread is archived'),
  threadExists: () => discordError(400, 160004, 'A thread has already been created for this message'),
  missingAccess: () => discordError(403, 50001, 'Missing Access'),
  unauthorized: () => discordError(401, 0, '401: Unauthorized'),
  notFound: () => discordError(404, 0, '404: Not Found'),
  methodNotAllowed: () => discordError(405, 0, '405: Method Not Allowed'),
};
