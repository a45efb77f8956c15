import { plainWords } from './normalise.js';
import { WordSet } from './word-set.js';

/**
 * Greetings, thanks, acknowledgements and farewells in the languages members write in, as they type
 * them in chat. A line made only of these (and laughter, emoji) is small talk in any language: it gets
 * silence, never a ticket template. Greetings to a group ("halo semua", "ciao a tutti", "всем привет") carry the
 * language's word for everyone. Read through the same folding as a message, so "Teşekkürler" and
 * "tesekkurler", "ありがとう" and its kana variants, all land on the same words.
 */
const PHRASES = `
  hola buenas buenos dias tardes noches gracias muchas mil vale genial perfecto entendido adios hasta luego saludos todos
  ola oi bom dia boa tarde noite galera pessoal obrigado obrigada valeu vlw blz beleza entendi tchau falou otimo
  hallo moin servus guten morgen tag abend danke vielen dank super alles klar verstanden tschuss bis bald geil zusammen alle
  bonjour salut slt bonsoir merci beaucoup daccord parfait compris ok top genial au revoir bisous coucou tout le monde
  bonne journee soiree
  ciao buongiorno buonasera grazie mille perfetto capito va bene arrivederci tutti
  czesc dzien dobry dziekuje dzieki wielkie super jasne rozumiem spoko na razie pozdrawiam wszystkim
  merhaba selam gunaydin iyi gunler tesekkurler tesekkur ederim cok sagol saol tamam anladim harika gorusuruz abi herkese
  halo hai selamat pagi siang malam terima kasih makasih banyak mantap siap oke sip paham dadah semua semuanya
  xin chao chao cam on nhieu nhe nha ok duoc roi hieu tam biet moi nguoi
  привет здравствуйте добрый день утро вечер спасибо большое понял поняла понятно ок хорошо отлично пока всем
  こんにちは おはよう こんばんは お疲れ様です お疲れ様 おつかれ みなさん 皆さん みんな ありがとう ありがとうございます どうも 了解 了解です わかった わかりました 助かりました 助かった おk よろしく さようなら またね
  大家好 你好 您好 早上好 早安 晚上好 晚安 谢谢 多谢 谢谢你 好的 好 明白 明白了 知道了 收到 再见 拜拜 大家
  ㅇㅋ 알겠음 안녕 안녕하세요 감사합니다 고마워 고맙습니다 알겠습니다 알겠어요 네 넵 좋아요 수고하세요 여러분
  नमस्ते नमस्कार धन्यवाद शुक्रिया ठीक है अच्छा समझ गया बाय सभी
  namaste dhanyavad shukriya theek thik hai accha acha samajh gaya bhai yaar
  مرحبا السلام عليكم شكرا جزيلا تمام حسنا مع السلامة الجميع
`;

export const SMALL_TALK_WORDS = new WordSet(PHRASES, plainWords);

/**
 * The strongest of them: thanks, hellos and "got it", which alone make a short line chatter. Words such as
 * "ok", "super" or "bhai" ride along with real questions too often to count on their own.
 */
export const CHATTER_MARKERS = new WordSet(
  `
  gracias hola adios obrigado obrigada valeu vlw tchau danke dank hallo tschuss merci bonjour salut coucou grazie ciao
  arrivederci dziekuje dzieki czesc tesekkurler tesekkur sagol saol merhaba selam selamat makasih terima kasih dadah cam on
  xin chao спасибо привет здравствуйте пока ありがとう ありがとうございます こんにちは おはよう 了解 谢谢 多谢 你好 您好
  收到 再见 拜拜 감사합니다 고마워 고맙습니다 안녕하세요 안녕 알겠습니다 धन्यवाद शुक्रिया नमस्ते dhanyavad shukriya
  namaste شكرا مرحبا
`,
  // "cam on" and "terima kasih" mark thanks as phrases; their first words alone are everyday words.
  (text) => plainWords(text).filter((w) => !['cam', 'on', 'xin', 'terima'].includes(w)),
);

/**
 * Laughter as it is typed around the world: ha, lol, xd; ㅋㅋ and ㅎㅎ (Korean), 哈哈, 呵呵 and 笑死 (Chinese),
 * w, 草 and 笑 (Japanese), 555 (Thai), wkwk (Indonesian), kkkk and rsrs (Portuguese), jaja (Spanish),
 * mdr (French), хаха (Russian), هههه (Arabic).
 */
export const LAUGHTER_WORD =
  /^(?:(?:h+a+)+h?|(?:h+e+){2,}|l+o+l+|l+m+f*a+o+|x+d+|(?:ᄏ|ㅋ)+|(?:ᄒ|ㅎ)+|(?:哈|呵|嘿)+|笑死|笑+|ह{2,}|w{2,}|草+|5{3,}|(?:wk)+w?|k{3,}|(?:rs)+|(?:j+a+){2,}|m+d+r+|(?:х+а+){2,}|а(?:х+а+)+х*|ه{3,})$/u;
