/**
 * Word lists the normaliser uses. Kept as data so that adding a synonym is a one-line change
 * that a table test can pin down.
 */

/** Multi-word phrases rewritten before tokenising, so "sign in", "log-in" and "logging into" are one concept. */
export const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:log|sign)(?:ged|ging|ed|ing|s)?[\s-]*(?:in(?:to)?|on)\b/g, ' login '],
  [/\b(?:log|sign)(?:ged|ging|ed|ing|s)?[\s-]*(?:out|off)\b/g, ' logout '],
  [/\b(?:sign|signed|signing)[\s-]*up\b/g, ' signup '],
  [/\b(?:two|2)[\s-]*(?:factor|step|fa)\b/g, ' twofactor '],
  [/\bmulti[\s-]*factor\b/g, ' twofactor '],
  [/\bone[\s-]*time[\s-]*(?:pass(?:word|code)?|code|pin)\b/g, ' code '],
  [/\bwi[\s-]*fi\b/g, ' wifi '],
  [/\be[\s-]mail\b/g, ' email '],
  [/\bpass[\s-]+word\b/g, ' password '],
  [/\buser[\s-]*name\b/g, ' username '],
  [/\bmot de passe\b/g, ' password '],
  [/\bmots de passe\b/g, ' password '],
  // German separable verbs: "melde mich ... an", "logge mich ein".
  [/\bmeld(?:e|en|et)?\s+((?:\w+\s+){0,6}?)an\b/g, ' login $1 '],
  [/\blogg(?:e|en|t)?\s+((?:\w+\s+){0,3}?)ein\b/g, ' login $1 '],
  // Switching a feature on: "set up 2fa", "turn on two-factor", "activate it".
  [/\b(?:turn|switch)(?:ed|ing|s)?\s+(?:it\s+|that\s+|this\s+)?on\b/g, ' enable '],
  [/\bset(?:ting|s)?[\s-]*up\b/g, ' enable '],
  // Reaching a person: "get ahold of support", "get in touch", "reach out".
  [/\bget(?:ting)?\s+(?:a\s*hold|in\s+touch)\s+(?:of|with)\b/g, ' contact '],
  [/\breach(?:ing)?\s+out(?:\s+to)?\b/g, ' contact '],
  // Asking for the procedure: "walk me through it", "step by step".
  [/\bwalk(?:\s+me)?\s+(?:through|thru)\b/g, ' step '],
  [/\bstep[\s-]+by[\s-]+step\b/g, ' step '],
  // "not correct", "non sono corretti", "no es correcta": a negated "right" is "wrong".
  [/\b(?:not|non|no|nicht|pas|nao)\s+(?:\w+\s+)?(?:correct\w*|corrett\w|richtig|valid\w*|right)\b/g, ' wrong '],
];

/** Single-word synonyms and abbreviations, mapped to the word the guide uses. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  pw: 'password',
  pwd: 'password',
  passwd: 'password',
  pass: 'password',
  passcode: 'password',
  passwords: 'password',
  contrasena: 'password',
  contrasenas: 'password',
  senha: 'password',
  passwort: 'password',
  kennwort: 'password',
  login: 'login',
  logon: 'login',
  signin: 'login',
  logins: 'login',
  anmelden: 'login',
  anmeldung: 'login',
  einloggen: 'login',
  connexion: 'login',
  connecter: 'login',
  iniciar: 'login',
  entrar: 'login',
  accedere: 'login',
  cred: 'credential',
  creds: 'credential',
  credentials: 'credential',
  credenciales: 'credential',
  identifiants: 'credential',
  zugangsdaten: 'credential',
  credenziali: 'credential',
  licence: 'license',
  licences: 'license',
  licenses: 'license',
  licencia: 'license',
  lizenz: 'license',
  licenca: 'license',
  acct: 'account',
  acc: 'account',
  accnt: 'account',
  cuenta: 'account',
  conta: 'account',
  compte: 'account',
  konto: 'account',
  '2fa': 'twofactor',
  mfa: 'twofactor',
  tfa: 'twofactor',
  '2sv': 'twofactor',
  authenticator: 'twofactor',
  otp: 'code',
  codigo: 'code',
  codice: 'code',
  // Words of other languages for something reaching the member ("no me llega el código", "nicht erhalten").
  llega: 'arrive',
  llego: 'arrive',
  recibi: 'receive',
  recu: 'receive',
  recue: 'receive',
  erhalten: 'receive',
  bekommen: 'receive',
  chegou: 'arrive',
  recebi: 'receive',
  arrivato: 'arrive',
  ricevuto: 'receive',
  msg: 'message',
  msgs: 'message',
  mensaje: 'message',
  nachricht: 'message',
  mensagem: 'message',
  messaggio: 'message',
  minuto: 'minute',
  minutos: 'minute',
  minuten: 'minute',
  mail: 'email',
  emails: 'email',
  correo: 'email',
  wifi: 'wifi',
  hotspot: 'wifi',
  wlan: 'wifi',
  phone: 'phone',
  app: 'app',
  application: 'app',
  apps: 'app',
  browser: 'browser',
  chrome: 'browser',
  firefox: 'browser',
  safari: 'browser',
  edge: 'browser',
  forgot: 'forget',
  forgotten: 'forget',
  forgetting: 'forget',
  olvide: 'forget',
  oublie: 'forget',
  vergessen: 'forget',
  esqueci: 'forget',
  dimenticato: 'forget',
  locked: 'lock',
  lockout: 'lock',
  bloqueada: 'lock',
  bloque: 'lock',
  gesperrt: 'lock',
  bloccato: 'lock',
  lockedout: 'lock',
  verrouille: 'lock',
  bloccata: 'lock',
  zablokowane: 'lock',
  prereq: 'need',
  prereqs: 'need',
  prerequisite: 'need',
  prerequisites: 'need',
  requirement: 'need',
  requirements: 'need',
  require: 'need',
  requires: 'need',
  required: 'need',
  necesito: 'need',
  brauche: 'need',
  preciso: 'need',
  besoin: 'need',
  incorrect: 'wrong',
  invalid: 'wrong',
  falsch: 'wrong',
  incorrecto: 'wrong',
  incorrecta: 'wrong',
  incorreta: 'wrong',
  errata: 'wrong',
  mismatch: 'wrong',
  register: 'signup',
  registration: 'signup',
  registrarse: 'signup',
  inscrire: 'signup',
  registrieren: 'signup',
  cadastrar: 'signup',
  enroll: 'signup',
  helpdesk: 'support',
  soporte: 'support',
  suporte: 'support',
  assistance: 'support',
  phishing: 'phishing',
  phish: 'phishing',
  update: 'update',
  updates: 'update',
  upgrade: 'update',
  outdated: 'update',
  actualizar: 'update',
  cache: 'cache',
  loading: 'load',
  carga: 'load',
  ladt: 'load',
  laedt: 'load',
  carrega: 'load',
  carica: 'load',
  glitch: 'glitch',
  glitches: 'glitch',
  glitchy: 'glitch',
  funciona: 'work',
  funcionan: 'work',
  fonctionne: 'work',
  marche: 'work',
  funktioniert: 'work',
  funziona: 'work',
  intento: 'try',
  intentar: 'try',
  intente: 'try',
  essai: 'try',
  essaye: 'try',
  essayer: 'try',
  versuche: 'try',
  versucht: 'try',
  tento: 'try',
  tentei: 'try',
  provo: 'try',
  provato: 'try',
  humain: 'human',
  humano: 'human',
  mensch: 'human',
  umano: 'human',
  persona: 'human',
  personne: 'human',
  parler: 'talk',
  hablar: 'talk',
  falar: 'talk',
  parlare: 'talk',
  sprechen: 'talk',
  chat: 'talk',
  speak: 'talk',
  rejects: 'wrong',
  rejected: 'wrong',
  reject: 'wrong',
  refuses: 'wrong',
  refused: 'wrong',
  denied: 'wrong',
  uni: 'school',
  university: 'school',
  college: 'school',
  campus: 'school',
  escuela: 'school',
  universidad: 'school',
  schule: 'school',
  ecole: 'school',
  universite: 'school',
  process: 'step',
  procedure: 'step',
  instructions: 'step',
  instruction: 'step',
  tutorial: 'step',
  walkthrough: 'step',
  issue: 'problem',
  issues: 'problem',
  problems: 'problem',
  trouble: 'problem',
  troubles: 'problem',
  probleme: 'problem',
  problema: 'problem',
  problemas: 'problem',
  lose: 'forget',
  losing: 'forget',
  loses: 'forget',
  sus: 'phishing',
  sketchy: 'phishing',
  dodgy: 'phishing',
  shady: 'phishing',
  scammy: 'phishing',
  legit: 'phishing',
  wo: 'where',
  donde: 'where',
  onde: 'where',
  dove: 'where',
  reboot: 'restart',
  restart: 'restart',
  relaunch: 'restart',
  verification: 'verify',
  verify: 'verify',
  verifying: 'verify',
  confirmation: 'verify',
  verifizierung: 'verify',
  verificacion: 'verify',
  verificacao: 'verify',
  verifica: 'verify',
  reset: 'reset',
  recover: 'reset',
  recovery: 'reset',
  restore: 'reset',
  redefinir: 'reset',
  restablecer: 'reset',
  zurucksetzen: 'reset',
  reinitialiser: 'reset',
  cant: 'cannot',
  couldnt: 'cannot',
  unable: 'cannot',
  wont: 'cannot',
  doesnt: 'not',
  dont: 'not',
  didnt: 'not',
  isnt: 'not',
  never: 'not',
  no: 'not',
  nao: 'not',
  pas: 'not',
  nicht: 'not',
};

/**
 * Words that carry no topic on their own. Negations are kept out of this list on purpose:
 * "code not received" and "code" are different questions.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if of to in on at by for with from into onto about as is are was were be been being am
   i me my mine im ive id you your yours u ur we our us they them their it its itts this that these those there here
   do does did doing done have has had having will would should could can may might must shall
   how what when which who whom whose whats hows
   so too very just really still even also again already now then than only please pls plz
   get got getting gets any some all anything something thing things one ones
   hey hi hello thanks thank help helps want wants ok okay kaspersky
   know idea anyone somebody way ways keep keeps kept
   lol lmao lmfao smh wtf tbh idk imo btw rn tho thru wanna gonna gotta ppl literally basically actually
   honestly seriously kinda sorta ugh bruh asap ngl like omg jk realised realized
   after once while during because since until though although whenever every each single
   de la el los las un una mi mis que en es por para con le les du des et je est pour une mon ma
   der die das ein eine ich mein meine ist und zu nicht o meu minha um uma il lo di che non
   mich mir bei meinem meinen meiner wie warum mit auf kann habe hab sich dich wir
   comment veux mes avec sur ai suis como puedo tengo cuando yo eu minhas meus mio mia miei ho sono ma`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that make up small talk. A message made only of these (and stop words) gets no reply:
 * answering "thanks" with a ticket template is the spam we want to avoid.
 */
export const SMALL_TALK: ReadonlySet<string> = new Set(
  `hi hii hiii hello helo hey heya hiya yo sup wassup howdy greetings gm gn morning evening afternoon night good
   day everyone guys all folks people there here anyone anybody someone around alive awake online
   thanks thank thx thnx thanx ty tysm tyvm cheers appreciated appreciate much lot lots ton tons
   ok okay k kk okey alright aight sure fine cool nice great awesome perfect amazing wonderful sweet neat
   lol lmao rofl haha hahaha hehe xd lmfao omg wow yay oh ah hmm hm uh um ugh oops welp
   yes yeah yep yup ya no nope nah maybe
   bye goodbye cya later see ttyl gtg brb
   bot bots robot nvm nevermind mind fixed solved works worked working figured sorted resolved
   got it its now all set that was it is good bad you your u r are am i me we love like thanks
   hola gracias adios buenas buenos dias merci bonjour salut danke hallo tschuss obrigado obrigada ola ciao grazie
   test testing ping pong hru how doing whats up well you ya welcome np`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words of thanks or of a problem solved ("thanks, that worked", "nvm sorted it"). A message the guide
 * cannot answer that says one of them, asks nothing and names no other subject is a thank-you, not a case.
 */
export const THANKS_OR_SOLVED: ReadonlySet<string> = new Set(
  `thanks thank thx thnx thanx ty tysm tyvm cheers appreciate appreciated grateful lifesaver
   fixed solved sorted resolved nvm nevermind
   gracias merci danke dank obrigado obrigada grazie dziekuje dziękuję bedankt`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Chat slang and time words that stopwords-iso does not list: how people type on Discord, not what
 * they ask about. Unknown to the guide, they count as filler rather than as a new subject.
 */
export const CHAT_FILLER: ReadonlySet<string> = new Set(
  `u ur r ya yall pls plz plox idk idc tho tho rn btw imo imho tbh lol lmao wtf omg ngl smh bruh fr frfr noob newbie
   q qs question questions dumb stupid silly sorry sry srry bunch ton lots kinda sorta gonna wanna gotta dunno lemme gimme
   literally basically actually anyway anyways seriously honestly legit ok okay hey yo guys pal mate dude bro fam
   wheres whats hows whys whos theres thats heres its im ive youre aint cuz coz cause bc asap urgent urgently quick quickly
   weird weirdly strange suddenly randomly again ever today tonight yesterday tomorrow week weeks month months year years
   hour hours minute minutes min mins day days time times morning night evening ago last recently earlier later soon
   first second third once twice tried trying try keep keeps kept wait waited waiting still yet even anymore
   thing things stuff something anything nothing everything someone anyone everyone somehow
   mom mum dad wife husband son daughter kid sister brother friend friends boss coworker mother father parent parents
   grandma grandpa grandmother grandfather granny nan aunt uncle cousin boyfriend girlfriend partner colleague neighbour neighbor
   please help helping thanks thank thx ty cheers`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The everyday words of Hindi as most members from India type it, in Latin letters among English terms ("bhai syncthing
 * ke logs kahan milenge"): pronouns, postpositions, helper verbs, question words. Written from general knowledge; words
 * a guide may use in English ("main", "tab", "hum", "mat", "par", "pe", "ab", "mil", "hi"; "aur" for the AUR) are left
 * out. stopwords-iso lists Hindi only in Devanagari.
 */
export const ROMAN_HINDI_FILLER: ReadonlySet<string> = new Set(
  `mai mein mera meri mere mujhe mujhko humara hamara hamari hamare humko tum tumhara tumhari tumhe tera teri tere aap
   aapka aapki aapke apna apni apne yeh ye woh wo vo iska iski iske uska uski uske inka unka unki unke isko usko inhe
   unhe koi kisi kuch kuchh sab sabhi ka ki ke ko se tak liye lie wala wali wale waala saath sath andar bahar upar
   neeche niche hai h hain ho hota hoti hote hua hui hue tha thi raha rahi rahe rha rhi rhe gaya gayi gaye gya gyi
   karna karo karu karun karoon kar karke kiya kiye karta karti karte sakta sakti sakte skta skti skte milega milegi
   milenge milta milti nahi nhi nahin kya kyu kyun kyon kaise kese kaisa kaisi kahan kaha kahaan kab kaun kitna kitni
   kitne konsa kaunsa bhi toh bhai bhaiya yaar yr ji abhi phir fir bas bilkul sirf jab agar lekin magar kyunki
   kyuki matlab thoda bahut bohot bahot zyada jyada accha acha theek thik ek ekdum ekdam waise vaise arre arey haan
   pakka sach chalo dekho suno`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Subjects a support team handles that this guide is not about: billing, installation, other apps,
 * performance, devices. When a question's words the guide does not know include one of these, the
 * question is about that subject, so a human (ticket) beats a sign-in answer that only shares "account".
 */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set(
  `subscription subscriptions subscribe subscribed renew renewal renewed autorenew cancel cancellation canceled cancelled
   refund refunds billing bill billed invoice invoices receipt charge charged charges payment payments pay paid card credit
   price prices pricing cost costs discount coupon promo trial premium plan plans tier family
   install installing installed installer uninstall uninstalling reinstall reinstalled download downloading setup
   scan scans scanning virus viruses malware antivirus ransomware trojan quarantine quarantined threat threats firewall
   vpn proxy tunnel cpu ram memory disk storage slow slowdown lag laggy battery performance fan overheating
   mac macos macbook linux ubuntu windows win10 win11 chromebook router modem printer webcam camera microphone mic
   bank banking game games gaming steam netflix spotify discord parental kids child children
   backup backups vault sync syncing export import delete deleting deletion remove removal language translate rename
   gdpr privacy data activation activate activated key keys serial code's license's`
    .split(/\s+/)
    .filter(Boolean),
);
