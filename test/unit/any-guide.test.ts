import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant.js';
import { policyFor } from '../../src/core/decide/policy.js';
import { importGuide } from '../../src/core/import/import-guide.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { fitLogistic, predict } from '../../src/core/decide/logistic.js';
import { isChatterStatement } from '../../src/core/decide/small-talk.js';
import {
  CANDIDATE_FEATURES,
  candidateFeatures,
  SCOPE_FEATURES,
  scoreTopics,
  steadinessOf,
} from '../../src/core/decide/answer-model.js';
import { read } from '../../src/core/decide/decision.js';
import { GUIDE_MODEL } from '../../src/core/decide/guide-model.js';

/** A real guide imported as a team would (no aliases or examples written for it): Syncthing's docs. */
function imported(file: string): Assistant {
  const text = readFileSync(file, 'utf8');
  const result = importGuide({ fileName: file, text, allowedHosts: [] });
  const built = buildKnowledge({
    files: result.topics.map((t) => ({ name: t.file, text: t.text })),
    allowedHostsText: '',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return new Assistant(built.knowledge);
}

describe('a guide imported on day one is judged by the answer model fitted across guides', () => {
  const bot = imported('test/data/guides/syncthing/guide.rst');

  /** Every line gets silence; for `replied`, every line gets a reply of some kind. A failure names its line. */
  const silenced = (...lines: string[]) => {
    for (const q of lines) expect(bot.ask(q).action, q).toBe('ignore');
  };
  const replied = (...lines: string[]) => {
    for (const q of lines) expect(bot.ask(q).action, q).not.toBe('ignore');
  };

  it('uses the model, not the sign-in guide’s taught cut-offs (input: a guide with no examples)', () => {
    expect(bot.policy.kind).toBe('model');
  });

  it.each([
    ['where are the syncthing logs', 'Where are the Syncthing logs?'],
    ['how do I reset the GUI password', 'How do I reset the GUI password?'],
    ['sync is slow', 'Why is the sync so slow?'],
  ])('answers %j with the section that says it', (q, title) => {
    const d = bot.ask(q);
    expect(d.action).toBe('answer');
    expect(d.topic?.title).toBe(title);
  });

  it('offers the closest topics, at most three, when a bare word fits several (input: "discovery")', () => {
    const d = bot.ask('discovery');
    expect(d.action).toBe('suggest');
    expect(d.alternatives.length).toBeLessThanOrEqual(3);
    expect(d.alternatives.map((t) => t.title)).toEqual(expect.arrayContaining(['Global Discovery', 'Local Discovery']));
  });

  it('hands a question about something else to a person (input: a refund request)', () => {
    expect(bot.ask('can I get a refund for my subscription').action).toBe('escalate');
  });

  it('gives a short question about a word the guide never uses a ticket, not silence (input: "how make karaoke")', () => {
    expect(bot.ask('how make karaoke').action).toBe('escalate');
  });

  it('reads "wat"/"wut" as a question word, so a question with a laugh is not silenced (input: "wat does a relay even do lol")', () => {
    replied('wat does a relay even do lol', 'wut is global discovery lol');
  });

  it('reads "way better than" as praise, not as "is there a way" (input: a cheer comparing it with the old file share)', () => {
    silenced('lol syncthing is great, way better than the old file share we had');
    replied('is there a way to sync only one folder');
  });

  it('stays silent on a joke in its words: no "did you mean" (input: a riddle with its punchline and 😂)', () => {
    silenced('why did the folder break up with the device? it needed some space 😂');
  });

  it('knows the classic joke frames without a laugh, even when the punchline names trouble (input: riddles)', () => {
    silenced(
      'why did the device break up with the relay? it had too many connection issues',
      'why did the folder go to therapy? it could not let go of old versions',
    );
    replied('why did the folder stop syncing? it says out of sync');
  });

  it('knows "why did the X go broke?" as a joke frame (input: a riddle whose setup names trouble)', () => {
    silenced('why did the relay go broke? it spent all its bandwidth 😂');
    replied('why did my folder go out of sync? it says broke');
  });

  it('stays silent on a line that opens on how the day went, whatever guide words follow (input: "long day at work, …")', () => {
    silenced('long day at work, finally some time to sort my folders', 'rough week, syncing my photos to relax lol');
    replied('long day, and now the sync is stuck again', 'long day at work, how do I share a folder with my phone');
  });

  it('stays silent on a sigh about the weekday and on thanks for "the help"; a question about a day is still answered', () => {
    silenced('monday again. ugh', 'cant believe its already friday tbh', 'thanks for the help yesterday, all good now');
    replied('can syncthing pause every friday night and resume on monday?', "sync can't finish, stuck since monday");
  });

  it('stays silent on a slow day, a goodbye till next week and a request for a joke; slow sync and a schedule still get a reply', () => {
    silenced(
      'anyone else having a slow monday?',
      'such a long week, see you all on monday',
      'happy friday all, see you next week',
      'have a good weekend everyone',
      'tell me a joke about file sync',
      'anyone know any good jokes about servers?',
    );
    replied(
      'anyone else having slow sync since monday?',
      'my monday sync is slow, anyone else?',
      'can I see when a device was last seen, like next week?',
      'how do I take care of conflicts on my phone',
    );
  });

  it('stays silent on "brb need coffee" and a newcomer\'s hello; trouble or a question said with them still gets a reply', () => {
    silenced('brb need coffee', 'just joined the group, hello from Brazil', 'new to the community, hi all 👋');
    replied(
      'brb, sync still broken on my laptop',
      'hello from Brazil, how do I share a folder with my phone?',
      'just joined and my devices cannot connect to each other',
    );
  });

  it('stays silent on a joke or a sigh told with a laugh; trouble or a question told with a laugh still gets a reply', () => {
    silenced(
      'moved everything off dropbox last year and honestly never looking back lol',
      'my homelab now has more cables than my desk has space 💀',
    );
    replied(
      'sync keeps failing on my laptop lol',
      'lol how do i share a folder with my phone',
      'bruh isme aur resilio me diff kya hai yaar',
    );
  });

  it('stays silent on a greeting that names the product, and does not silence a question that says "fixed"', () => {
    silenced('good morning syncthing people');
    replied('my phone fell and the screen cracked, can it be fixed');
  });

  it.each([
    ['a stretched greeting', 'heyyyy folks 👋'],
    ['asking after someone’s day, in words a guide uses ("day", "going")', 'hey, how is your week going so far?'],
    ['a happy weekday to the channel', 'happy monday everyone!'],
    ['a good weekend wished', 'have a nice weekend all 🎉'],
    ['a reaction', 'oof'],
    ['agreement typed as a symbol', '+1'],
    ['a member coming back', 'ok im back, sorry that took ages'],
    ['a chat with the group', 'anyone else watching the football tonight?'],
    ['a chat with the group that a guide word would answer ("uk")', 'anyone else here from the uk?'],
    ['a chat with the bot', 'are you a real person or a bot'],
    ['a remark about the day', 'pizza just arrived, productivity is over'],
    [
      'a long thank-you naming what was fixed',
      'the relay trick did the trick, thanks a lot to everyone who chipped in',
    ],
    [
      'a solved story with its old trouble in it',
      'nvm got it sorted, turns out the wrong folder was shared the whole time',
    ],
    ['"nvm" with the mistake that caused it', 'nvm fixed it, was the wrong device selected 🤦'],
    ['thanks in Chinese', '谢谢大家，已经搞定了！'],
    ['a life update in Japanese, with a smile', '新しいノートパソコンが届いた、うれしい 😊'],
    ['thanks in Vietnamese', 'cảm ơn mọi người nha, được rồi'],
    ['a laugh in Spanish', 'jajaja qué bueno'],
    ['a ping to the channel in Chinese', '有人在吗？'],
    ['a ping to the channel in Spanish', 'hay alguien por aquí?'],
    ['a ping to the channel in Vietnamese, asked with "không?"', 'có ai ở đây không?'],
    ['"brb" in Japanese', 'ちょっと試してくる'],
    ['"brb" in Korean', '잠깐 커피 좀 가져올게요'],
    ['"brb" in Spanish, with what the member will try', 'ya vuelvo, voy a probar eso'],
    ['a laugh in Hindi', 'हाहाहा सही है'],
    ['"anyone online?" in Chinese', '现在有人在线吗？'],
    ['"anyone online?" in Hindi', 'क्या कोई ऑनलाइन है?'],
    ['"ok, I will try it tonight" in Japanese', 'わかった、今夜試してみる'],
    ['"never mind, fixed it myself" in Japanese', 'もう大丈夫、自分で直せた'],
    ['"nah, already fixed it" in Spanish, with words English chat shares ("ya", "lo")', 'nada, ya lo arreglé yo'],
    ['"great, I will try it" in Spanish', 'vale genial, lo pruebo mañana'],
    ['a greeting that asks "all good?", in Portuguese', 'eae galera, tudo tranquilo? 👋'],
    ['"how is everyone?" alone, in French', 'salut tout le monde, ça va ?'],
    [
      'a greeting closed by "yoroshiku onegaishimasu" (a request in form only)',
      'おはようございます☀️ 今日もよろしくお願いします',
    ],
    [
      'a newcomer\'s "jal butakdeuryeoyo" (a request in form only), in Korean',
      '안녕하세요~ 처음 들어왔어요 ㅎㅎ 잘 부탁드려요',
    ],
    ['"good evening, folks" in Russian', 'Доброго вечера, народ!'],
    ['"good evening, folks, may it go easy" in Turkish', 'İyi akşamlar millet, kolay gelsin 🙌'],
    ['praise of the helpers in Russian', 'Ребята из поддержки — лучшие, отвечают быстро и по делу'],
    [
      'a riddle its teller answers with "because", no laugh',
      'why did the smartphone need glasses? because it lost its contacts',
    ],
    ['praise: a feature "saved my semester"', 'the file versioning literally saved my semester'],
    ['a newcomer saying hello', 'just installed syncthing yesterday, happy to be here'],
    ['a laugh in Chinese internet slang', '笑死，我也是这样'],
    ['a laughing smiley as Vietnamese type it', '=))) tui cũng vậy'],
    ['praise of a switch, "never looking back"', 'lol this app slaps, moved over from dropbox and never looking back'],
    ['praise in slang', 'syncthing on my nas is such a vibe ngl'],
    ['a cheer about a detail of the product', 'the relay and discovery icons are so cute'],
    ['a laugh and a long run without trouble', 'haha mine has been syncing for 2 years without any issues'],
    ['praise with what the member now knows', 'lol this is great, finally know where all my files are'],
    ['thanks that name the update the fix came with', 'thanks! syncing has been smooth since the update'],
    ['the joke cry "send help", with a laugh', 'haha my phone has 40000 photos on it now, send help'],
    ['a long week, "send help (jk)"', 'long week of meetings, send help (jk)'],
    [
      'a long comparison with another product',
      'honestly syncthing is so much better than the cloud drive my old job made us use',
    ],
  ])('stays silent on small talk that asks nothing: %s (input: %j)', (_kind, line) => {
    expect(bot.ask(line).action).toBe('ignore');
  });

  it.each([
    ['asks the group for help', 'anyone know how to share a folder with my laptop?'],
    ['thanks, but still has trouble', 'thanks, but my folder is still not syncing'],
    ['a wish said as a statement', 'i want my phone to sync only on wifi'],
    ['a yes/no question with a greeting and no question mark', 'yo is there an android app or nah'],
    ['"never" that reports trouble', 'lol it never syncs my photos folder'],
    ['a laugh before a problem', 'lol the folder just vanished from my laptop'],
    ['"no issues" beside trouble', 'no issues on my phone but the laptop folder is stuck'],
    ['asks whether there are issues', 'any issues with the new version?'],
    ['trouble in Chinese', '谢谢，但是文件夹还是无法同步'],
    ['a question in Korean', '폴더를 어떻게 공유하나요'],
    ['trouble in Spanish', 'gracias pero la carpeta no se sincroniza'],
    ['a search-box fragment in Chinese (sync folder)', '同步文件夹'],
    ['a ping to the channel that names trouble, in Chinese', '有人吗？同步一直失败'],
    ['trouble said as "still can\'t see", in Chinese', '我已经把同事的电脑加进来了，但还是看不到他的文件夹'],
    ['"what should I do" in Japanese', 'ノートPCを盗まれた、今すぐ何をすればいい'],
    ['"can\'t get in" in Korean', '웹 화면 비밀번호를 까먹어서 이제 못 들어가요'],
    ['a why-question its member answers with a guess', 'why does sync stop at 95%? because of battery saver maybe'],
    ["a why-question about the member's own phone, answered", 'why does my phone stop syncing? because it sleeps'],
    [
      'a Spanish question with no question mark, in words English chat shares',
      'la app lo hace sola o tengo que configurar yo el servidor',
    ],
    ['"tried it, still won\'t run" in Japanese', '試してみたけど、まだ動かない'],
    ['"still shows" in Vietnamese', 'mình đã xoá file trên máy tính rồi mà điện thoại vẫn hiện file đó'],
    [
      'thanks, then a new report after "but"',
      'thanks, the relay works now! but my phone folder shows every file twice',
    ],
    ['thanks, then "only thing is"', 'cheers for the help, sync runs again. only thing is the laptop folder is empty'],
    [
      'a laugh, then a report after "but"',
      'haha this is kinda funny but the budget app says i spent -$300 on coffee 🤣',
    ],
    [
      'a change since the last patch, told without a trouble word',
      "before the last patch my slicer gave me perfect first layers, now they're all squished",
    ],
    ['a greeting, then calls that cut out', 'happy friday!! voice calls cut out after exactly ten minutes for me'],
    ['a greeting, then blank thumbnails', 'morning, my thumbnails show up blank today'],
    ['trouble, then "send help"', 'my folder stopped syncing again, send help'],
    ['"all good?", then a question, in Portuguese', 'oi, tudo bem? como compartilho uma pasta com o notebook?'],
    ['"all good" run into a question with no mark, in Portuguese', 'oi tudo bem como compartilho uma pasta'],
    ['"how is it going?", then trouble, in Spanish', '¿qué tal? la carpeta no se sincroniza desde ayer'],
    ['trouble, then "yoroshiku onegaishimasu", in Japanese', 'フォルダが同期できません。よろしくお願いします'],
    ['a wish that says "it would be the best", in Japanese', 'フォルダに色を付けられたら最高なんだけどなぁ…'],
    ['praise, then trouble, in Spanish', 'la app es genial pero la carpeta no se sincroniza'],
  ])('does not silence a line that still asks or reports trouble: %s (input: %j)', (_kind, line) => {
    expect(bot.ask(line).action).not.toBe('ignore');
  });
});

describe('lines written blind for the small-talk rules (test/data/eval/smalltalk/, never tuned on)', () => {
  const bot = imported('test/data/guides/syncthing/guide.rst');
  /** The share of a set's lines met with silence on an imported guide. */
  const ignoredShare = (file: string): number => {
    const lines = readFileSync(`test/data/eval/smalltalk/${file}`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { q: string });
    return lines.filter((l) => bot.ask(l.q).action === 'ignore').length / lines.length;
  };

  it('is met with silence at least 70% of the time on an imported guide (input: heldout-d.jsonl, 100 lines; about half before session 10)', () => {
    expect(ignoredShare('heldout-d.jsonl')).toBeGreaterThanOrEqual(0.7);
  });

  it('leaves few real questions put like chat without a reply (input: en-heldout-e-questions.jsonl, 100 lines; 17 silenced before session 23)', () => {
    expect(ignoredShare('en-heldout-e-questions.jsonl')).toBeLessThanOrEqual(0.15);
  });
});

describe('a long section is searched whole', () => {
  it('finds a topic by words past its first 4,000 characters (input: a 6,000-character section ending on the answer)', () => {
    const filler = 'Each lamp keeps its own schedule and colour. '.repeat(130);
    const built = buildKnowledge({
      files: [
        {
          name: 'lamps.md',
          text: `---\nid: lamp-schedules\ntitle: Lamp schedules\n---\n1. ${filler}\n2. To pair a doorbell chime, hold the lamp button for ten seconds.\n`,
        },
        { name: 'colours.md', text: '---\nid: colours\ntitle: Colours\n---\n1. Pick a colour in the app.\n' },
        { name: 'groups.md', text: '---\nid: groups\ntitle: Groups\n---\n1. Drag one lamp onto another.\n' },
      ],
      allowedHostsText: '',
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const d = new Assistant(built.knowledge).ask('how do I pair the doorbell chime');
    expect(d.action === 'answer' ? d.topic.id : d.alternatives.map((t) => t.id)).toContain('lamp-schedules');
  });
});

describe("a member's word for the guide's (src/core/normalise/paraphrases.json)", () => {
  const topic = (id: string, title: string, step: string) => ({
    name: `${id}.md`,
    text: `---\nid: ${id}\ntitle: ${title}\n---\n1. ${step}\n`,
  });
  const built = buildKnowledge({
    files: [
      topic('create-a-poll', 'Create a poll', 'Type /poll followed by the question and the choices.'),
      topic('write-a-note', 'Write a note', 'Open the notes panel and type your note.'),
      topic('star-a-message', 'Star a message', 'Hover over a message and click the star icon.'),
      topic('mute-a-channel', 'Mute a channel', 'Open the channel menu and choose Mute.'),
    ],
    allowedHostsText: '',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const bot = new Assistant(built.knowledge);

  it.each([
    ['how do i start a vote', 'create-a-poll'],
    ['bookmark a message for later', 'star-a-message'],
  ])('input: %j, in words the guide never uses → its best guess is %s', (q, id) => {
    // "vote" is one letter from "note": read as a typo, the poll question would get the notes topic.
    const d = bot.ask(q);
    expect(d.action === 'answer' || d.action === 'suggest' ? d.topic.id : null).toBe(id);
  });
});

describe('which judge a guide gets', () => {
  it('the sign-in guide, taught with 1,999 examples, keeps its own cut-offs', async () => {
    const loaded = await loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('the shipped guide must load');
    expect(policyFor(loaded.knowledge.examples, loaded.knowledge.topics.length).kind).toBe('taught');
  });

  it('a handful of examples is not enough to judge by; a labelled question is still answered as labelled, in any wording of it', () => {
    const built = buildKnowledge({
      files: [
        {
          name: 'a.md',
          text: '---\nid: pair-lock\ntitle: Pair the lock\n---\n1. Open the app.\n2. Hold the phone near the lock.\n',
        },
        {
          name: 'b.md',
          text: '---\nid: battery\ntitle: Change the battery\n---\n1. Slide the cover off.\n2. Fit four AA cells.\n',
        },
      ],
      allowedHostsText: '',
      examplesText: [
        { q: 'the thing beeps thrice', expect: ['battery'] },
        // One wording labelled two ways: no label to go by.
        { q: 'phone wont see it', expect: ['pair-lock'] },
        { q: "Phone won't see it?", expect: 'escalate' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const bot = new Assistant(built.knowledge);
    expect(bot.policy.kind).toBe('model');
    expect(bot.ask('The thing beeps thrice!').topic?.id).toBe('battery');
    // Another wording of the same question ("beep" for "beeps", the little words changed).
    expect(bot.ask('my thing beep thrice')).toMatchObject({ action: 'answer', topic: { id: 'battery' } });
    // Labelled two ways, it is judged by the answer model, not looked up (a looked-up label is certain).
    expect(bot.ask('phone wont see it').confidence).toBeLessThan(1);
  });
});

describe('isChatterStatement: greetings and cheers that mention the product (input: chat lines)', () => {
  it.each([
    ['good morning from Berlin ☀️', 0, true],
    ['haha calibre is goated fr', 1, true],
    ['omg it finally connected 🎉', 1, true],
    ["bot, you're my hero", 1, true],
    ['synced both laptops 👍', 2, true],
    ['you all rock, loving the new map style', 2, true],
    ['love the app but how do I export my notes', 2, false],
    ['hey the sync button is greyed out', 3, false],
    ['hi, how do I export my notes', 2, false],
    ['thanks but it still fails', 1, false],
    // Praise names features in passing, so it is chatter however many product words it says.
    ['lol the sync is great, finally my laptop and phone agree on everything', 5, true],
    ['wow the new editor feels really quick, nice work team', 4, true],
    ['the backup feature saved my bacon this morning', 3, true],
    ['great app but the backup keeps stopping halfway', 3, false],
    ['the editor is great, how do I turn on spell check', 3, false],
    // Stepping away, and reporting it solved, are chatter too.
    ['brb getting lunch', 2, true],
    ['afk, checking the vault on my pc', 2, true],
    ['ok that did the trick, the folder shows up again', 2, true],
    ['sync works now after the restart', 2, true],
    ['it worked yesterday, but today the sync fails', 2, false],
    // How things were before the trouble is not a fix, whatever follows it.
    ['my tablet quit backing up after the upgrade. before the upgrade it worked fine.', 2, false],
    ['it worked perfectly until last week, now the photos never show up', 2, false],
    ['is there a plugin that works with the web app', 3, false],
    ['haha nice, did not know that', 0, true],
    ["oh nice, didn't know the map had a night mode", 2, true],
    ['the app does not know my location', 2, false],
    // A hello says so, whatever it asks the group on the way; a real question or trouble still counts.
    ['anyone else here running this at a school? just saying hi', 2, true],
    ['just saying hi, my sync is broken', 1, false],
  ])('%j (%i product words) → %s', (text, content, chatter) => {
    expect(isChatterStatement(text, content)).toBe(chatter);
  });
});

describe('fitLogistic', () => {
  it('learns a rule from examples and predicts it on new points (input: y = x > 0.5, with noise-free data)', () => {
    const xs = Array.from({ length: 40 }, (_, i) => [1, i / 40]);
    const ys = xs.map(([, x]) => (x! > 0.5 ? 1 : 0));
    const w = fitLogistic(xs, ys, { l2: 0.01 });
    expect(predict(w, [1, 0.9])).toBeGreaterThan(0.9);
    expect(predict(w, [1, 0.1])).toBeLessThan(0.1);
  });
});

describe('a question asking how many or how long, on a guide that states the figure', () => {
  const guide = [
    '# Uploading files',
    '',
    '1. Press the paperclip under the message box.',
    '2. Pick a file. Videos can be up to 40 MB and images up to 8 MB.',
    '',
    '# Moderation',
    '',
    '1. Open the post menu and choose **Report**.',
    '2. Say what is wrong; moderators review reports in the order they arrive.',
  ].join('\n');
  const result = importGuide({ fileName: 'help.md', text: guide, allowedHosts: [] });
  const built = buildKnowledge({
    files: result.topics.map((t) => ({ name: t.file, text: t.text })),
    allowedHostsText: '',
  });
  if (!built.ok) throw new Error('the guide must load');
  const bot = new Assistant(built.knowledge);
  const statesQuantity = CANDIDATE_FEATURES.indexOf('statesQuantity');
  const signal = (q: string, id: string) => {
    const r = bot.index.search(q, 30, 'bm25');
    const i = r.hits.findIndex((h) => h.topic.id === id);
    return candidateFeatures(r, q)[i]![statesQuantity];
  };

  it('input: "max video size upload?" → the upload topic, which says "up to 40 MB", counts as stating it', () => {
    expect(signal('max video size upload?', 'uploading-files')).toBe(1);
  });

  it('input: "how long do moderators take to review a report?" → the moderation topic states no figure', () => {
    expect(signal('how long do moderators take to review a report?', 'moderation')).toBe(0);
  });

  it('input: a question that asks no quantity ("how do i upload a video") → the signal stays off', () => {
    expect(signal('how do i upload a video', 'uploading-files')).toBe(0);
  });
});

describe('whether the best topic stays best with any one word of the question left out', () => {
  const bot = imported('test/data/guides/syncthing/guide.rst');
  const steadinessFor = (q: string) => {
    const r = read(bot.index, q, bot.policy);
    const ranked = scoreTopics(r.result, r.question, GUIDE_MODEL.ranker, r.words);
    return {
      best: ranked[0]?.topic.title,
      ...steadinessOf(ranked, r.without, r.question, GUIDE_MODEL.ranker, r.words),
    };
  };

  it('input: "how do I reset the GUI password" → its topic stays first whichever word is left out', () => {
    const s = steadinessFor('how do I reset the GUI password');
    expect(s.best).toBe('How do I reset the GUI password?');
    expect(s.staysFirst).toBe(1);
    expect(s.weakestHold).toBeGreaterThan(0.8);
  });

  it('input: "is there a syncthing app for my smart fridge" → the best topic rests on one word and falls away without it', () => {
    const s = steadinessFor('is there a syncthing app for my smart fridge');
    expect(s.staysFirst).toBeLessThan(1);
    expect(s.weakestHold).toBeLessThan(0.1);
  });

  it('the shipped model reads the signal: one weight per question-level signal', () => {
    expect(GUIDE_MODEL.scope).toHaveLength(SCOPE_FEATURES.length);
    expect(GUIDE_MODEL.answer).toHaveLength(SCOPE_FEATURES.length);
    expect(GUIDE_MODEL.ranker).toHaveLength(CANDIDATE_FEATURES.length);
  });

  it('a taught guide is not searched again (input: the sign-in guide and a question on it)', async () => {
    const loaded = await loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('the shipped guide must load');
    const signIn = new Assistant(loaded.knowledge);
    expect(signIn.policy.kind).toBe('taught');
    expect(read(signIn.index, 'how do i reset my password', signIn.policy).without).toEqual([]);
  });
});
