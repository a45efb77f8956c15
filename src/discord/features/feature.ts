import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Knowledge } from '../../core/knowledge/topic.js';
import type { BotContext } from '../context.js';
import type { CustomId } from '../custom-ids.js';
import type { MessageKey } from '../../core/i18n/messages.js';

/**
 * Who may use an interaction, declared once on the feature and checked by the dispatcher before the
 * handler runs (a command's default permissions are only a first filter that server admins can change).
 * - `anyone`: every member.
 * - `staff`: members holding a SUPPORT_ROLE_ID role.
 * - `owner-or-staff`: staff, or the member the thing belongs to (their own ticket), via `ownerOf`.
 */
export type Access = 'anyone' | 'staff' | 'owner-or-staff';

/** One slash command: its data beside its handler. */
export interface CommandFeature {
  /** The command name as registered; also a reserved name no topic may take (see core/knowledge/builtin-commands.ts). */
  name: string;
  access: Access;
  /** What a member without access is told (a key of the locale files). */
  denied?: MessageKey;
  /** The command data Discord registers (the guide is passed for commands that list topics). */
  data(knowledge: Knowledge): Omit<RESTPostAPIChatInputApplicationCommandsJSONBody, 'name'>;
  run(ctx: BotContext, i: ChatInputCommandInteraction): Promise<void>;
  autocomplete?(ctx: BotContext, i: AutocompleteInteraction): Promise<void>;
}

/** One message command (right-click a message → Apps): its data beside its handler. */
export interface MessageCommandFeature {
  /** The name as registered and shown in the Apps menu (up to 32 characters, spaces allowed). */
  name: string;
  /** The name in every shipped locale (a key of the locale files; each at most 32 characters). */
  nameKey: MessageKey;
  access: Access;
  denied?: MessageKey;
  data(): Omit<RESTPostAPIContextMenuApplicationCommandsJSONBody, 'name' | 'type'>;
  run(ctx: BotContext, i: MessageContextMenuCommandInteraction): Promise<void>;
}

type IdOf<K extends CustomId['kind']> = Extract<CustomId, { kind: K }>;

/** A button or a modal, found by the kind in its custom id. */
export interface ComponentFeature<K extends CustomId['kind'], I extends ButtonInteraction | ModalSubmitInteraction> {
  kind: K;
  access: Access;
  denied?: MessageKey;
  /** For `owner-or-staff`: the user id the target belongs to, or null when there is no such target. */
  ownerOf?(ctx: BotContext, id: IdOf<K>): Promise<string | null>;
  run(ctx: BotContext, i: I, id: IdOf<K>): Promise<void>;
}

export type ButtonFeature<K extends CustomId['kind'] = CustomId['kind']> = ComponentFeature<K, ButtonInteraction>;
export type ModalFeature<K extends CustomId['kind'] = CustomId['kind']> = ComponentFeature<K, ModalSubmitInteraction>;
