import { loadEnv, toolSettings } from '../app/config.js';
import { loadKnowledge } from '../app/knowledge-folder.js';
import { Assistant } from '../core/assistant.js';
import { loadLanguageReaders } from '../app/language-readers.js';
import { formatKnowledgeError } from '../core/knowledge/knowledge-source.js';
import { fail } from './cli.js';

/** Load the guide from `dir`, else KNOWLEDGE_DIR (default as the bot's); on errors list them and stop (exit 1). */
export async function loadAssistant(env: NodeJS.ProcessEnv, dir?: string): Promise<Assistant> {
  loadEnv();
  const folder = dir ?? toolSettings(env).KNOWLEDGE_DIR;
  const result = await loadKnowledge(folder);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${formatKnowledgeError(e)}`).join('\n');
    fail(`The guide in ${folder} has ${result.errors.length} problem(s):\n${lines}`);
  }
  await loadLanguageReaders();
  return new Assistant(result.knowledge);
}
