/** Discord's message limits, in one place so every renderer truncates against the same numbers. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedTotal: 6000,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  buttonLabel: 80,
  actionRows: 5,
  buttonsPerRow: 5,
  selectOptionLabel: 100,
  autocompleteChoices: 25,
  autocompleteName: 100,
  modalLabel: 45,
  modalTitle: 45,
  threadName: 100,
  commandDescription: 100,
  customId: 100,
} as const;

/** Cut text to a length, ending with an ellipsis when it was cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
