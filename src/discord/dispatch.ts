import type { ButtonInteraction, Interaction, ModalSubmitInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import { parseId, type CustomId } from './custom-ids.js';
import { allow } from './features/access.js';
import type { ComponentFeature } from './features/feature.js';
import { BUTTONS, COMMANDS, MESSAGE_COMMANDS, MODALS } from './features/index.js';
import { runTopicCommand } from './features/topic-command.js';

type AnyComponent = ComponentFeature<CustomId['kind'], ButtonInteraction | ModalSubmitInteraction>;

async function runComponent(
  ctx: BotContext,
  i: ButtonInteraction | ModalSubmitInteraction,
  feature: AnyComponent | undefined,
  id: CustomId,
): Promise<void> {
  if (!feature) return;
  const owner = async () => (feature.ownerOf ? feature.ownerOf(ctx, id) : null);
  if (await allow(ctx, i, feature.access, feature.denied, owner)) await feature.run(ctx, i, id);
}

/** Route one interaction to its feature, after the feature's access rule. Unknown ids are ignored. */
export async function dispatch(ctx: BotContext, i: Interaction): Promise<void> {
  if (i.isChatInputCommand()) {
    const feature = COMMANDS.find((c) => c.name === i.commandName);
    if (!feature) return runTopicCommand(ctx, i);
    if (await allow(ctx, i, feature.access, feature.denied, async () => null)) await feature.run(ctx, i);
    return;
  }
  if (i.isMessageContextMenuCommand()) {
    const feature = MESSAGE_COMMANDS.find((c) => c.name === i.commandName);
    if (feature && (await allow(ctx, i, feature.access, feature.denied, async () => null))) await feature.run(ctx, i);
    return;
  }
  if (i.isAutocomplete()) {
    await COMMANDS.find((c) => c.name === i.commandName)?.autocomplete?.(ctx, i);
    return;
  }
  if (i.isButton() || i.isModalSubmit()) {
    const id = parseId(i.customId);
    if (!id) return;
    const table = (i.isButton() ? BUTTONS : MODALS) as Partial<Record<CustomId['kind'], AnyComponent>>;
    await runComponent(ctx, i, table[id.kind], id);
  }
}
