/**
 * A bare request: the member asks for help, or says they have a problem or a question, and names nothing the guide
 * could be searched for ("can someone help me?", "I have a problem", "quick question", "ayuda por favor", "帮帮我").
 * Steps found for such a line are a guess ("I have an issue" matched a guide's "Issue tracker"), a ticket template
 * asks for a form before anyone knows what is wrong, and silence leaves the member waiting: the reply asks them to
 * say what is going on. A line with any other word in it is searched as usual; thanks ("thanks for the help!") and
 * chat with no word of asking ("anyone here?") are not requests and stay small talk.
 *
 * The words were written for Stepwise from general knowledge, per language as members type them: `request` words
 * (help, problem, question), and `filler`, the words such a line is made of besides (someone, can, please, hello).
 */

import { cleanText, DISCORD_TOKENS } from '../normalise/normalise.js';

interface Words {
  request: string;
  filler: string;
}

/** Languages written with spaces: the line is read word by word. English filler counts in every language. */
const BY_WORD: Readonly<Record<string, Words>> = {
  en: {
    request:
      'help helps helping helpp halp assist assistance support problem problems prob issue issues question questions qn trouble sos stuck',
    filler:
      "i im i'm ive i've have has had having got get getting a an the some one me my us we you u ya someone somebody anyone anybody any can could would will pls plz plss please need needs want wanted hi hello hey heya hiya yo guys all everyone everybody folks there here urgent urgently asap with something bit of ask asking to is are do does available around online mod mods admin admins staff team bot sir maam bro again still kindly ok okay so just for about hmm uh um real quick small little simple stupid dumb noob newbie new major big serious weird strange another this that it i'd id",
  },
  es: {
    request: 'ayuda ayudar ayudame ayúdame ayudenme ayúdenme problema problemas pregunta preguntas duda dudas consulta',
    filler:
      'por favor porfa porfavor xfa alguien me puede pueden puedes podrían podrian podría podria tengo tenemos una un hola buenas necesito con hay que qué a mi es algo rápida rapida pequeña pequena de urgente',
  },
  pt: {
    request: 'ajuda ajudar ajudem socorro problema problemas pergunta perguntas dúvida duvida dúvidas duvidas',
    filler:
      'por favor pfv pfvr alguém alguem me pode podem poderia tenho uma um olá ola oi preciso de com eu galera pessoal rápida rapida urgente',
  },
  fr: {
    request: "aide d'aide aider aidez aidez-moi m'aider problème probleme problèmes question questions souci soucis",
    filler:
      "de besoin j'ai jai ai un une petite petit quelqu'un quelquun qqn peut pouvez pourriez svp stp s'il vous plaît plait bonjour salut coucou me moi j il y a urgent",
  },
  de: {
    request: 'hilfe helfen hilft problem probleme frage fragen',
    filler:
      'bitte ich brauche habe ein eine kurze kleine kann könnte koennte jemand mir mal hallo hi hey leute gibt es hat dringend',
  },
  it: {
    request: 'aiuto aiutare aiutatemi aiutami problema problemi domanda domande',
    filler: 'ho un una bisogno di qualcuno può puo potete mi per favore perfavore ciao salve piccola veloce urgente',
  },
  pl: {
    request: 'pomoc pomocy pomóżcie pomozcie pomóż pomoz problem problemy pytanie pytania',
    filler:
      'mam potrzebuję potrzebuje czy ktoś ktos może moze mi proszę prosze o cześć czesc hej siema szybkie jedno pilne',
  },
  tr: {
    request: 'yardım yardim sorun sorunum soru sorum problem problemim',
    filler:
      'bir var lazım lazim biri birisi kimse mi mı bana edebilir eder misiniz misin lütfen lutfen merhaba selam ben benim acil',
  },
  ru: {
    request: 'помогите помоги помощь помочь проблема проблемы вопрос вопросы',
    filler:
      'у меня есть кто-нибудь кто нибудь может можете мне пожалуйста пжл привет здравствуйте всем нужна нужен один небольшой срочно',
  },
  id: {
    request: 'tolong bantu bantuan masalah pertanyaan nanya tanya',
    filler: 'saya aku ada punya butuh perlu bisa minta siapa seseorang yang dong min kak halo hai mau boleh mohon',
  },
  vi: {
    request: 'giúp giùm dùm vấn đề câu hỏi',
    filler: 'ai đó có thể tôi mình em anh chị với cho được không ko xin chào ơi cần một làm ơn gấp',
  },
  hi: {
    request: 'मदद सहायता समस्या सवाल प्रश्न दिक्कत',
    filler: 'मुझे चाहिए कोई कर सकता सकते सकती है हैं क्या मेरी मेरा एक प्लीज़ प्लीज कृपया नमस्ते करो करें दो',
  },
  'hi-Latn': {
    request: 'madad sawal dikkat samasya',
    filler: 'mujhe muje chahiye chaiye koi kar sakta sakte hai kya meri mera ek bhai yaar karo',
  },
};

/** Languages written without spaces (Korean's particles join its words too): the line is read phrase by phrase. */
const BY_PHRASE: Readonly<Record<string, Words>> = {
  zh: {
    request:
      '帮帮我 帮帮忙 帮个忙 帮忙 帮我 幫幫我 幫忙 幫我 求助 求帮助 有问题 有個問題 有个问题 问题 問題 请教 請教 救命',
    filler: '有人 有没有人 有沒有人 谁 誰 能 可以 吗 嗎 请 請 一下 我 一个 一個 你好 大家好 在吗 在嗎 哪位 大佬 小 急',
  },
  ja: {
    request: '助けてください 助けて 手伝ってください 手伝って 質問 問題 ヘルプ 困っています 困ってます 困って',
    filler:
      'があります があるのですが あります ありますか 誰か だれか すみません こんにちは 一つ ひとつ 少し ちょっと お願いします お願い いますか いませんか です ます ください が',
  },
  ko: {
    request: '도와주세요 도와줘요 도와줘 도와 도움이 도움 질문이 질문 문제가 문제',
    filler:
      '누가 누구 좀 있어요 있습니다 있나요 있는데요 있는데 주세요 안녕하세요 제발 저 하나 필요해요 필요합니다 필요',
  },
};

/** Han, kana and Hangul: a line with any of them is read phrase by phrase. */
const PHRASE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;

const split = (s: string) => s.split(' ').filter(Boolean);
const wordLists = Object.entries(BY_WORD).map(([lang, w]) => ({
  lang,
  request: new Set(split(w.request)),
  filler: new Set(split(w.filler)),
}));
const english = wordLists[0]!;
const phraseLists = Object.entries(BY_PHRASE).map(([lang, w]) => ({
  lang,
  // Longest first, so "帮帮我" is taken whole before "帮我" could split it.
  request: split(w.request).sort((a, b) => b.length - a.length),
  filler: split(w.filler).sort((a, b) => b.length - a.length),
}));

/** The language of a bare request ("en", "es", "zh"...), or null when the line names anything besides asking for help. */
export function bareRequestLanguage(text: string): string | null {
  // Read as the search reads a message: cleaned, and Discord's mentions, channels and emoji left out.
  const line = cleanText(text).replace(DISCORD_TOKENS, ' ').toLowerCase().replace(/’/g, "'");
  return PHRASE_SCRIPT.test(line) ? byPhrase(line) : byWord(line.match(WORD) ?? []);
}

function byWord(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  for (const l of wordLists) {
    const known = (w: string) => l.request.has(w) || l.filler.has(w) || english.request.has(w) || english.filler.has(w);
    if (words.every(known) && words.some((w) => l.request.has(w) || english.request.has(w)))
      // Said in English words only, the line is English whichever list allowed it.
      return words.some((w) => !english.request.has(w) && !english.filler.has(w)) ? l.lang : 'en';
  }
  return null;
}

function byPhrase(line: string): string | null {
  for (const l of phraseLists) {
    let rest = line;
    let asked = false;
    for (const p of l.request)
      if (rest.includes(p)) {
        asked = true;
        rest = rest.split(p).join(' ');
      }
    if (!asked) continue;
    for (const p of l.filler) rest = rest.split(p).join(' ');
    // What is left may be punctuation, emoji, or English filler ("hi", "pls").
    const words = rest.match(WORD) ?? [];
    if (words.every((w) => english.filler.has(w))) return l.lang;
  }
  return null;
}
