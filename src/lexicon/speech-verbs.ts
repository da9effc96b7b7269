/**
 * Verbs that report speech, writing or thought, by lemma, with irregular forms. The regular
 * inflections (-s, -ed, -ing) are generated, so each verb is written once.
 */

/** Verbs of saying: they introduce quotations and reported speech. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'write', 'tweet', 'post', 'state', 'insist', 'warn', 'argue', 'explain', 'recall', 'acknowledge',
  'claim', 'note', 'continue', 'ask', 'answer', 'reply', 'respond', 'declare', 'announce', 'admit', 'assert', 'suggest', 'predict',
  'promise', 'vow', 'urge', 'complain', 'concede', 'contend', 'observe', 'remark', 'mention', 'repeat', 'report', 'shout',
  'yell', 'joke', 'quip', 'boast', 'charge', 'counter', 'emphasize', 'emphasise', 'stress', 'describe', 'deny', 'confirm',
  'exclaim', 'caution', 'pledge', 'maintain', 'speculate', 'recount', 'testify', 'allege', 'point', 'reveal', 'disclose',
  'announce', 'inform', 'assure', 'advise', 'agree', 'lament', 'scoff', 'sneer', 'muse', 'wonder', 'whisper', 'mutter',
  'cry', 'plead', 'demand', 'threaten', 'proclaim', 'retort', 'rejoin', 'interject', 'chime', 'concur', 'affirm', 'aver',
  'opine', 'theorize', 'estimate', 'forecast', 'project', 'posit', 'propose', 'recommend', 'reiterate', 'underscore',
  'highlight', 'indicate', 'signal', 'hint', 'imply', 'contest', 'dispute', 'rebut', 'refute', 'question', 'challenge',
  'criticize', 'criticise', 'blast', 'slam', 'praise', 'hail', 'thank', 'apologize', 'apologise', 'brag', 'sigh', 'laugh',
  'tout', 'vent', 'reason', 'conclude', 'summarize', 'characterize', 'call', 'dub', 'label', 'term', 'brand', 'accuse',
  'blame', 'insinuate', 'rule', 'find', 'show', 'read', 'begin', 'go', 'order', 'request', 'pray', 'preach', 'sing', 'chant',
  'text', 'email', 'message', 'publish', 'broadcast', 'air', 'quote', 'cite', 'relay', 'share',
];

/** Verbs of thinking and believing: they introduce beliefs and reported thought. */
export const COGNITION_VERBS: readonly string[] = [
  'believe', 'think', 'expect', 'hope', 'fear', 'feel', 'know', 'suspect', 'assume', 'doubt', 'worry', 'consider',
  'understand', 'realize', 'realise', 'recognize', 'recognise', 'learn', 'see', 'decide', 'determine', 'judge', 'imagine',
  'anticipate', 'presume', 'reckon', 'trust', 'figure', 'guess', 'bet', 'sense', 'hear', 'discover', 'notice', 'conclude',
];

/** Verbs of intending: they introduce what someone means to do ("vowed to", "plans to"). */
export const INTENTION_VERBS: readonly string[] = [
  'vow', 'pledge', 'promise', 'plan', 'intend', 'aim', 'seek', 'want', 'threaten', 'hope', 'mean', 'swear', 'resolve',
  'commit', 'offer', 'agree', 'refuse', 'decline', 'vote', 'move',
];

/**
 * Verbs that mark a quotation's speaker with high precision: a subset of SPEECH_VERBS without
 * those that often mean something else near quotation marks ("find", "show", "read", "go").
 */
export const QUOTE_CUE_VERBS: readonly string[] = SPEECH_VERBS.filter(
  (v) => ![
    'find', 'show', 'read', 'begin', 'go', 'order', 'sing', 'publish', 'broadcast', 'air', 'share', 'relay', 'request', 'pray',
    'preach', 'chant', 'thank', 'blame', 'label', 'term', 'brand', 'dub', 'quote', 'cite', 'point', 'message', 'text', 'email',
    'underscore', 'highlight', 'indicate', 'signal', 'hint', 'imply', 'estimate', 'forecast', 'project', 'posit', 'propose',
    'recommend', 'reveal', 'disclose', 'inform', 'advise', 'agree', 'demand', 'praise', 'hail', 'criticize', 'criticise',
    'blast', 'slam', 'question', 'challenge', 'contest', 'dispute', 'conclude', 'summarize', 'characterize', 'accuse',
    'threaten', 'order', 'reason', 'vent', 'tout', 'laugh', 'sigh', 'complain', 'sneer', 'wonder', 'observe',
  ].includes(v),
);

/** Irregular forms: lemma -> past, past participle, third person, gerund where not regular. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  find: ['found', 'finds', 'finding'],
  show: ['showed', 'shown', 'shows', 'showing'],
  read: ['read', 'reads', 'reading'],
  begin: ['began', 'begun', 'begins', 'beginning'],
  go: ['went', 'gone', 'goes', 'going'],
  sing: ['sang', 'sung', 'sings', 'singing'],
  think: ['thought', 'thinks', 'thinking'],
  feel: ['felt', 'feels', 'feeling'],
  know: ['knew', 'known', 'knows', 'knowing'],
  understand: ['understood', 'understands', 'understanding'],
  learn: ['learned', 'learnt', 'learns', 'learning'],
  see: ['saw', 'seen', 'sees', 'seeing'],
  hear: ['heard', 'hears', 'hearing'],
  bet: ['bet', 'bets', 'betting'],
  mean: ['meant', 'means', 'meaning'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  seek: ['sought', 'seeks', 'seeking'],
  forecast: ['forecast', 'forecasted', 'forecasts', 'forecasting'],
  broadcast: ['broadcast', 'broadcasts', 'broadcasting'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  deny: ['denied', 'denies', 'denying'],
  worry: ['worried', 'worries', 'worrying'],
  quip: ['quipped', 'quips', 'quipping'],
  plan: ['planned', 'plans', 'planning'],
  commit: ['committed', 'commits', 'committing'],
  refer: ['referred', 'refers', 'referring'],
  rebut: ['rebutted', 'rebuts', 'rebutting'],
  scoff: ['scoffed', 'scoffs', 'scoffing'],
  chat: ['chatted', 'chats', 'chatting'],
  email: ['emailed', 'e-mailed', 'emails', 'emailing'],
  hope: ['hoped', 'hopes', 'hoping'],
  make: ['made', 'makes', 'making'],
  take: ['took', 'taken', 'takes', 'taking'],
  give: ['gave', 'given', 'gives', 'giving'],
  cast: ['casts', 'casting'],
};

/** All written forms of a verb lemma. */
export function inflections(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const forms = [lemma];
  if (lemma.endsWith('e')) {
    forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  } else if (/(?:s|x|z|ch|sh)$/.test(lemma)) {
    forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  } else {
    forms.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`);
    // "admit" -> "admitted": a final consonant after one short vowel doubles in stressed syllables
    if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(lemma) || /(?:mit|pel|fer|cur|bet|gret)$/.test(lemma)) {
      const last = lemma[lemma.length - 1]!;
      forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
    }
  }
  return forms;
}

/** Form -> lemma, for a list of lemmas. */
export function formsOf(lemmas: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const lemma of lemmas) for (const form of inflections(lemma)) if (!map.has(form)) map.set(form, lemma);
  return map;
}
