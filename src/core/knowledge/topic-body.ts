/** The parts of a topic's Markdown body that rendering needs. */
export interface TopicBody {
  intro: string;
  steps: string[];
  notes: string;
}

const STEP = /^\s{0,3}\d{1,2}[.)]\s+(.*)$/;

/**
 * Split a body into the text before the first numbered list, its steps, and what follows.
 * Indented lines under a step belong to that step, so a step can carry a sub-list.
 */
export function parseTopicBody(body: string): TopicBody {
  const intro: string[] = [];
  const steps: string[] = [];
  const notes: string[] = [];
  let phase: 'intro' | 'steps' | 'notes' = 'intro';
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const step = STEP.exec(line);
    if (step && phase !== 'notes') {
      phase = 'steps';
      steps.push((step[1] ?? '').trim());
      continue;
    }
    if (phase === 'steps') {
      if (/^\s{2,}\S/.test(line) && steps.length > 0) {
        steps[steps.length - 1] += `\n${line.trim()}`;
        continue;
      }
      if (line.trim() === '') continue;
      phase = 'notes';
    }
    (phase === 'intro' ? intro : notes).push(line);
  }
  return { intro: intro.join('\n').trim(), steps, notes: notes.join('\n').trim() };
}
