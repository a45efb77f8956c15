import { describe, expect, it } from 'vitest';
import { formatKnowledgeError } from '../../src/core/knowledge/knowledge-source.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { Assistant } from '../../src/core/assistant.js';
import { TICKET_FIELDS, ticketTemplateText } from '../../src/core/tickets/ticket-template.js';
import { runSlashCommand } from '../../src/playground/slash-commands.js';

/** A one-topic guide with `form` as its ticket-form.yml (null: no such file). */
function guide(form: string | null) {
  return buildKnowledge({
    files: [{ name: 'sync.md', text: '---\nid: sync\ntitle: Sync folders\n---\n1. Add a folder.\n' }],
    allowedHostsText: '',
    ticketFormText: form,
  });
}
const problems = (form: string) => {
  const result = guide(form);
  return result.ok ? [] : result.errors.map(formatKnowledgeError);
};

describe('ticket-form.yml, as kb:check and start-up read it', () => {
  it('input: no file → the built-in five fields, e-mail included', () => {
    const result = guide(null);
    expect(result.ok && result.knowledge.ticketForm.map((f) => f.id)).toEqual(TICKET_FIELDS.map((f) => f.id));
  });

  it('input: "fields: [tried, device]" → the question, then those two, translated as the built-in ones are', () => {
    const result = guide('fields: [tried, device]\n');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.knowledge.ticketForm.map((f) => f.id)).toEqual(['goal', 'tried', 'device']);
    const german = ticketTemplateText('de', result.knowledge.ticketForm);
    expect(german).toContain(ticketTemplateText('de').split('\n')[3]); // the built-in "tried" label, in German
    expect(german).not.toContain(ticketTemplateText('de').split('\n')[5]); // no e-mail line
  });

  it("input: a field of the team's own with style paragraph and no max → read with defaults (optional, 1000 characters)", () => {
    const result = guide('fields:\n  - id: order-number\n    label: Order number\n    style: paragraph\n');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.knowledge.ticketForm[1]).toEqual({
      id: 'order-number',
      label: 'Order number',
      placeholder: '',
      style: 'paragraph',
      required: false,
      maxLength: 1000,
    });
  });

  it('input: /ticket in the terminal playground on a guide asking error and its own "Order number" → that form, no e-mail', () => {
    const result = guide('fields:\n  - error\n  - id: order\n    label: Order number\n');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const text = runSlashCommand(new Assistant(result.knowledge), '/ticket')?.text ?? '';
    expect(text).toContain('• **The exact error message**\n• **Order number**\n');
    expect(text).not.toContain('Account e-mail');
  });

  it('input: an own field with translations for ja and pt-BR → each language reads its own; German falls back to English', () => {
    const result = guide(
      'fields:\n  - id: app-version\n    label: App version\n    translations:\n      ja: { label: アプリのバージョン }\n      pt-BR: { label: Versão do app }\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const line = (lang: string) => ticketTemplateText(lang, result.knowledge.ticketForm).split('\n')[2];
    expect([line('ja'), line('pt-PT'), line('de')]).toEqual([
      '• **アプリのバージョン**',
      '• **Versão do app**',
      '• **App version**',
    ]);
    expect(problems('fields:\n  - id: v\n    label: V\n    translations:\n      Japanese: { label: x }\n')).toEqual([
      'ticket-form.yml:5: "fields.0.translations.Japanese": a language is named by its tag, e.g. ja, de, pt-BR',
    ]);
  });

  it('input: five fields after the question → refused with the line of the fifth and why', () => {
    expect(problems('fields:\n  - error\n  - tried\n  - device\n  - email\n  - id: extra\n    label: Extra\n')).toEqual(
      [
        'ticket-form.yml:6: at most 4 fields: a Discord form holds five, and the first is always "What were you trying to do?"',
      ],
    );
  });

  it('input: "goal" listed, a field listed twice, an own field named "lang", an unknown built-in → each refused at its line', () => {
    expect(problems('fields: [error]\n')).toEqual([]);
    expect(problems('fields:\n  - error\n  - error\n')).toEqual(['ticket-form.yml:3: "error" is listed twice']);
    expect(problems('fields:\n  - id: lang\n    label: Language\n')[0]).toMatch(/^ticket-form\.yml:2: "lang" is taken/);
    expect(problems('fields: [goal]\n')[0]).toMatch(/^ticket-form\.yml:1: "goal" is taken: the first field is always/);
    expect(problems('fields: [phone]\n')[0]).toMatch(
      /^ticket-form\.yml:1: "phone" is no built-in field \(error, tried/,
    );
  });

  it('input: a typo\'d key ("lable"), a label over 45 characters, an id with spaces, broken YAML, "field:" → clear messages', () => {
    expect(problems('fields:\n  - id: os\n    lable: Your OS\n')).toEqual([
      'ticket-form.yml:2: "fields.0.label" is missing',
      'ticket-form.yml:3: unknown key "lable" (allowed: id, label, placeholder, style, required, max, translations)',
    ]);
    expect(problems(`fields:\n  - id: os\n    label: ${'x'.repeat(46)}\n`)[0]).toMatch(
      /^ticket-form\.yml:3: "fields\.0\.label": .*45/,
    );
    expect(problems('fields:\n  - id: app version\n    label: Version\n')[0]).toMatch(
      /^ticket-form\.yml:2: "fields\.0\.id": id must be lowercase words joined by dashes/,
    );
    expect(problems('fields: [error\n')[0]).toMatch(/^ticket-form\.yml:\d+: not valid YAML/);
    expect(problems('field: [error]\n')).toContain('ticket-form.yml:1: unknown key "field" (allowed: fields)');
  });
});
