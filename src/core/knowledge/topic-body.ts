import { FenceTracker } from './fences.js';

/** The parts of a topic's Markdown body that rendering needs. */
export interface TopicBody {
  intro: string;
  steps: string[];
  notes: string;
}

const STEP = /^\s{0,3}\d{1,2}[.)]\s+(.*)$/;

/**
 * Split a body into the text before the first numbered list, its steps, and what follows.
 * Indented lines under a step belong to that step, so a step can carry a sub-list, or code.
 */
export function parseTopicBody(body: string): TopicBody {
  const intro: string[] = [];
  const steps: string[][] = [];
  const notes: string[] = [];
  let phase: 'intro' | 'steps' | 'notes' = 'intro';
  /** Code under a step, at any depth: its blank lines are the code's ("def a():" / "" / "def b():"), kept. */
  const code = new FenceTracker(true);
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const step = STEP.exec(line);
    if (step && phase !== 'notes' && !code.isOpen) {
      phase = 'steps';
      steps.push([(step[1] ?? '').trim()]);
      continue;
    }
    if (phase === 'steps') {
      if (/^\s{2,}\S/.test(line) && steps.length > 0) {
        code.isCode(line);
        steps.at(-1)!.push(line.trimEnd());
        continue;
      }
      if (line.trim() === '') {
        if (code.isOpen) steps.at(-1)!.push('');
        continue;
      }
      phase = 'notes';
    }
    (phase === 'intro' ? intro : notes).push(line);
  }
  return { intro: intro.join('\n').trim(), steps: steps.map(stepText), notes: notes.join('\n').trim() };
}

/**
 * A step's text: its first line, then the lines under it, each as much deeper than the shallowest of them as it stands
 * (a "10." step's lines are written three spaces in, as a "9." step's). Trimmed, a list nested in the step's sub-list
 * ("   - Select the disks" over "     - In 7.2.0, …") read as more items of the sub-list, and a YAML file's keys under
 * a step lost their nesting.
 */
function stepText([first, ...under]: readonly string[]): string {
  const cut = Math.min(...under.filter((l) => l !== '').map((l) => /^\s*/.exec(l)![0].length));
  return [first, ...under.map((l) => l.slice(cut))].join('\n');
}
