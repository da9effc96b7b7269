/**
 * Source and content of an attribution, read around its cue: who (the subject, past an
 * apposition, or the phrase after an inverted cue) and what (the clause after the cue, or the
 * clause before "..., X said"), following the span conventions of PolNeAR.
 */
import type { ArticleContext, Token } from '../context.js';
import { RECIPIENT_VERBS } from '../lexicon/attribution-words.js';
import { formsOf, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { MONTHS } from '../lexicon/time-words.js';
import { PERSON_TITLE_SET } from '../lexicon/titles.js';
import { isObjectAt, isPersonalPronoun, phraseAfter, phraseBefore, POSSESSIVE_DETERMINERS, RELATIVE, SKIPPABLE, SUBORDINATORS, TIME_PREPOSITIONS } from '../text/phrases.js';
import type { Cue } from './cues.js';
import { tokenAt } from '../quotes/draft.js';
import { firstNotBefore } from '../text/bisect.js';
import { isQuoteMark } from '../text/quotations.js';

export type Range = [number, number];

/** Verbs whose object stays out of a "to" complement: "told them to go home" (but "urged him to resign" keeps it). */
export const OBJECT_THEN_TO: ReadonlySet<string> = new Set(['tell', 'remind', 'warn']);
const SHORT_CUES = new Set(['said', 'says', 'say', 'told', 'added', 'wrote', 'asked', 'replied', 'noted', 'argued', 'explained', 'continued', 'insisted', 'responded', 'recalled', 'exclaimed', 'declared', 'stated', 'warned', 'tweeted', 'reported', 'reports', 'announced', 'according', 'wrote', 'writes', 'added', 'adds', 'claimed', 'claims', 'concluded']);

const SAYING_FORMS = formsOf(SPEECH_VERBS);
/** Verbs whose "on" introduces their topic: "reported on", "commented on". */
const TOPIC_ON = new Set(['report', 'comment', 'reflect', 'elaborate', 'testify', 'brief', 'remark', 'write', 'speak', 'focus', 'weigh', 'opine', 'expound']);
const ADVERBIAL_OPENERS = new Set([...SUBORDINATORS, 'during', 'speaking', 'asked', 'responding', 'writing', 'addressing', 'himself', 'herself']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'also', 'publicly', 'privately', 'repeatedly', 'last', 'this', 'then', 'once']);

/** Verbs whose object belongs to the cue: "expressed amusement that", "took swipes at". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(formsOf([
  'express', 'make', 'take', 'offer', 'give', 'unleash', 'pin', 'issue', 'voice', 'raise', 'level', 'launch', 'deliver', 'coin', 'pose',
  'lodge', 'share', 'cast', 'register', 'sound',
]).keys());
export const isLightVerb = (form: string): boolean => LIGHT_VERBS.has(form);

/** "about one-third", "nearly 40": a word before a number that grades it rather than a preposition. */
function approximatesNumber(t: Token, next: Token | undefined): boolean {
  return /^(?:about|around|over|under|nearly|roughly)$/.test(t.lower) && (next?.pos === 'NUM' || /^\d/.test(next?.text ?? '') || /^(?:one|two|three|half|a)$/.test(next?.lower ?? ''));
}

/**
 * Skips what stands between a cue and its content: "said on Friday that ...", "said earlier
 * during a news conference that ...", "said on Twitter, '...'". The content starts at "that" or
 * a quotation mark when one comes soon; otherwise after leading prepositional phrases and times.
 */
function skipAdjuncts(article: ArticleContext, from: number, end: number, objectBeforeThat: boolean): number {
  const { tokens } = article;
  // "discussed the violence that has marred ...": a "that" after the object is a relative clause
  // of it; only past adjuncts ("said on Friday that", "said in a statement that") does "that" open
  // the content, or past an object that is not what was said (`objectBeforeThat`: the hearer of
  // "told the Post and Courier that", the object of a light verb in "expressed amusement that").
  const object = !objectBeforeThat && tokens[from] && (/^(?:DET|NOUN|ADJ|NUM)$/.test(tokens[from]!.pos) || POSSESSIVE_DETERMINERS.has(tokens[from]!.lower)) && !TIME_WORDS.has(tokens[from]!.lower);
  for (let k = from; k < Math.min(end, from + 20); k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && k > from && !object && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN' || TIME_WORDS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.text === ',' || tokens[k - 1]!.lower === 'clear')) return k;
    if (isMark(t.text) && k > from && tokens[k - 1]!.text === ',' && quotationAt(article, k)) return k;
    // A capitalized word inside a name ("told Associated Press that") is not the verb of a clause.
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text)) || t.text === ';') break;
  }
  let k = from;
  while (k < end) {
    const t = tokens[k]!;
    const after = tokens[k + 1];
    // "said this week that", but not "say this is a rough patch"
    const timeWord = t.lower === 'this' || t.lower === 'last' ? TIME_TAIL.has(after?.lower ?? '') : after?.pos !== 'VERB' && after?.pos !== 'AUX';
    // ("Saturday's Nevada caucuses" is no time adjunct)
    if (TIME_WORDS.has(t.lower) && timeWord && !/^['’]s$/.test(after?.text ?? '')) {
      k++;
      // "Wednesday morning", "last week"
      if (TIME_TAIL.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX') k++;
      continue;
    }
    // ("down-ballot races" is a subject, not a preposition and its object)
    // ("predicted about one-third of the vote": "about" before a number is no preposition)
    if (t.pos === 'ADP' && !approximatesNumber(t, after) && !/^(?:that|whether|if)$/.test(t.lower) && !(after?.text === '-' && !after.spaceBefore)) {
      const np = phraseAfter(tokens, k + 1, end);
      if (!np) break;
      // ("said to Nevadans: '...'" skips the hearer too, but "to" before a verb opens an infinitive)
      const closes = tokens[np[1]];
      if (t.lower === 'to' && !(closes && (closes.text === ':' || closes.text === ',' || closes.lower === 'that' || isMark(closes.text)))) break;
      k = np[1];
      if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k++;
      continue;
    }
    break;
  }
  return k < end ? k : from;
}

/** Verbs whose content is their object, with the preposition that introduces it when there is one. */
const OBJECT_CONTENT: ReadonlyMap<string, string> = new Map([
  ['endorse', ''], ['praise', 'for'], ['criticize', 'for'], ['criticise', 'for'], ['defend', ''], ['support', ''], ['back', ''],
  ['oppose', ''], ['protest', ''], ['condemn', 'for'], ['blame', 'for'], ['thank', 'for'], ['accuse', 'of'], ['label', ''],
  ['slam', 'for'], ['blast', 'for'], ['attack', 'for'], ['reject', ''], ['welcome', ''], ['applaud', 'for'], ['hail', ''],
]);

/** Verbs of naming: "called X Y", "dubbed X 'Y'". */
const NAMING = new Set(['call', 'dub', 'label', 'brand', 'term', 'nickname']);

/** Where the name ends after a naming verb: at the close of a quotation soon after, or after a second noun phrase. */
function namingEnd(article: ArticleContext, from: number, last: number): number | null {
  const { tokens } = article;
  for (let k = from; k < Math.min(last, from + 12); k++) {
    const t = tokens[k]!;
    if (isMark(t.text)) {
      const q = quotationAt(article, k);
      if (!q || q[1] > last + 1) return null;
      let end = q[1] - 1;
      // the content ends inside the closing mark, before punctuation the quotation ends with
      while (end > k + 1 && /^[.,;:!?]$/.test(tokens[end - 1]!.text)) end--;
      return end > k + 1 ? end : null;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';' || t.lower === 'that' || t.lower === 'to') return null;
  }
  const object = phraseAfter(tokens, from, last);
  if (!object) return null;
  const name = phraseAfter(tokens, object[1], last);
  return name ? name[1] : null;
}

/** Does the mark at token `k` close a quotation? */
function closesQuotation(article: ArticleContext, k: number): boolean {
  const at = article.tokens[k]!.start;
  const list = article.quotations;
  // Quotations are in text order of their openings; the one closing at `at` opened before it.
  const hi = firstNotBefore(list.length, (j) => list[j]!.open.start < at);
  for (let j = hi - 1; j >= 0 && j >= hi - 50; j--) if (list[j]!.close?.start === at) return true;
  return false;
}

/** The token range of the quotation opening at token `open`, marks included. */
function quotationAt(article: ArticleContext, open: number): Range | null {
  const { tokens } = article;
  const start = tokens[open]!.start;
  // Quotations are in text order: find the first opening at `start` by bisection.
  const list = article.quotations;
  const lo = firstNotBefore(list.length, (k) => list[k]!.open.start < start);
  let q: (typeof list)[number] | undefined;
  for (let k = lo; k < list.length && list[k]!.open.start === start; k++) {
    if (!list[k]!.nested) {
      q = list[k];
      break;
    }
  }
  if (!q) return null;
  let last = open + 1;
  const end = q.close ? q.close.end : q.end;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  return [open, last];
}

/**
 * Where the content starting at `from` ends: the end of the sentence, a semicolon, another
 * attribution set off by a comma ('..., he replied, "..."'), or a participial clause (",
 * saying ...", ", noting that ..."). Whether a contrasting clause (", but ...") still belongs to
 * the content is for the content-end model: PolNeAR keeps it about as often as not.
 */
function clauseEnd(article: ArticleContext, from: number, last: number): number {
  const { tokens } = article;
  for (let i = from; i < last; i++) {
    const t = tokens[i]!;
    if (t.text === ';') return i;
    // '"... was maniacal," adding, "..."': a participle of saying after a quotation closed with a comma.
    if (i > from && isMark(t.text) && tokens[i - 1]!.text === ',' && tokens[i + 1]?.pos === 'VERB' && /ing$/.test(tokens[i + 1]!.lower) && SAYING_FORMS.has(tokens[i + 1]!.lower)) return i + 1;
    // "found Trump to be 'very charming' and called ...": a second verb of saying reports something else.
    // ("he'd sit Putin down and tell him ..." goes on: a bare verb continues the reported clause.)
    const second = tokens[i + 1];
    if (t.lower === 'and' && i > from && second?.pos === 'VERB' && SAYING_FORMS.has(second.lower) && !/ing$/.test(second.lower) && SAYING_FORMS.get(second.lower) !== second.lower) return i;
    // "... but described his skills as ...", "... but did not suggest ...": a second predicate.
    if (t.lower === 'but' && i > from && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX') && !/ing$/.test(tokens[i + 1]!.lower)) return i;
    if (i > from && t.text === ',') {
      const next = tokens[i + 1];
      if (otherAttributionAt(article, i + 1, last)) return i;
      // ", saying ...", ", adding that ...": a participial attribution of its own ends the content;
      // ", holding a gun", ", including ..." go on with it.
      if (next && next.pos === 'VERB' && /ing$/.test(next.lower) && SAYING_FORMS.has(next.lower) && !isMark(tokens[i - 1]?.text)) return i;
      // "..., compared with 64 percent who say the same": the writer's comparison.
      if (next?.lower === 'compared' && /^(?:with|to)$/.test(tokens[i + 2]?.lower ?? '')) return i;
      if (next?.lower === 'and' && tokens[i + 2] && SHORT_CUES.has(tokens[i + 2]!.lower)) return i;
      if (next?.lower === 'which' && !isMark(tokens[i - 1]?.text)) return i;
      if (next?.lower === 'and' && tokens[from]?.lower !== 'that' && !isMark(tokens[i - 1]?.text)) {
        const np = phraseAfter(tokens, i + 2, Math.min(last, i + 8));
        const verb = np ? tokens[np[1]] : undefined;
        if (verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower)))) return i;
      }
    }
  }
  return last;
}

/** Does "[he] [replied]" or "[replied] [he]" start at token i? */
function otherAttributionAt(article: ArticleContext, i: number, end: number): boolean {
  const { tokens } = article;
  const t = tokens[i];
  if (!t) return false;
  if (SHORT_CUES.has(t.lower)) return true;
  const np = phraseAfter(tokens, i, Math.min(end, i + 6));
  if (np === null || !SHORT_CUES.has(tokens[np[1]]?.lower ?? '')) return false;
  // "..., he said." / "..., two officials told The New York Times."
  let k = np[1] + 1;
  const hearer = phraseAfter(tokens, k, Math.min(end, k + 8));
  if (hearer) k = hearer[1];
  return k >= end || tokens[k]?.text === ',' || tokens[k]?.text === '.' || isMark(tokens[k]?.text);
}
const isMark = isQuoteMark;

const FUNCTION_TAGS = new Set(['SCONJ', 'ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'PART']);
/**
 * What the phrase rules miss before a verb: a capitalized word the tagger read as something else
 * at the start of a clause ("Jolly said", with "Jolly" an adverb), and "those surveyed say".
 */
function nameOrParticipleBefore(tokens: ArticleContext['tokens'], from: number, end: number): Range | null {
  let k = end;
  const misread = (t: Token) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) && !FUNCTION_TAGS.has(t.pos) && !/ing$/.test(t.lower);
  while (k > from && misread(tokens[k - 1]!) && end - k < 4) k--;
  const opens = k === from;
  if (k < end && opens) return [k, end];
  const t = tokens[end - 1];
  if (t && end - 2 >= from && tokens[end - 2]!.lower === 'those' && t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower)) return [end - 2, end];
  return null;
}

/** A subject phrase extended over coordination ("President Obama, Hillary Clinton and other Democrats"). */
function subjectBefore(article: ArticleContext, from: number, end: number, nameAt?: (token: number) => Range | undefined): Range | null {
  const { tokens } = article;
  let head = phraseBefore(tokens, from, end);
  // A name the tagger split ("Texas Sen. Ted Cruz" with "Ted" read as a verb) is whole, with
  // what precedes it ("Texas Sen.").
  const name = head ? nameAt?.(head[0]) : nameAt?.(end - 1);
  if (name && name[0] >= from && (head === null ? name[1] === end : name[0] < head[0])) {
    const before = name[0] > from ? phraseBefore(tokens, from, name[0]) : null;
    head = [before && before[1] === name[0] ? before[0] : name[0], head ? head[1] : name[1]];
  }
  // "A news report published Wednesday said", "the Kentucky Republican on Tuesday dismissed": a
  // time between subject and verb is not the subject.
  if (head && head[1] - head[0] === 1 && TIME_WORDS.has(tokens[head[0]]!.lower) && head[0] > from) {
    let k = head[0] - 1;
    // ("The report published Tuesday showed": the participle and its time belong to the source)
    const participle = tokens[k]!.pos === 'VERB' && /(?:ed|en)$/.test(tokens[k]!.lower);
    if (tokens[k]!.pos === 'ADP' || participle) k--;
    if (k >= from) {
      const subject = subjectBefore(article, from, k + 1, nameAt);
      return subject && participle && subject[1] === k + 1 ? [subject[0], head[1]] : subject;
    }
  }
  if (!head) return nameOrParticipleBefore(tokens, from, end);
  let [first] = head;
  // "X and Y", "X, Y, and Z"
  while (first > from + 1 && (tokens[first - 1]!.lower === 'and' || tokens[first - 1]!.lower === 'or' || tokens[first - 1]!.text === ',')) {
    let k = first - 1;
    if (tokens[k]!.text === ',' && tokens[k - 1]?.lower === 'and') k--;
    const more = phraseBefore(tokens, from, k);
    if (!more || more[1] - more[0] > 6) break;
    // "Republicans pushed for the investigation and Democrats accused": a phrase right after a
    // verb (or a verb's preposition) is its object, not a subject joined to this one.
    if (isObjectAt(tokens, more[0], from)) break;
    // A comma list must end with "and ...": "Smith, the mayor, said" is an apposition, not a list.
    if (tokens[first - 1]!.text === ',' && !tokens.slice(first, end).some((t) => t.lower === 'and')) break;
    first = more[0];
  }
  // "Aides to Clinton say", "Democratic voters in all five states see": a subject noun phrase with
  // a prepositional phrase after it, when the whole stretch from the start of the clause is one
  // noun phrase.
  // Several of them ("voters in six states going to the polls"), and a participle before one
  // ("Exit polls taken in South Carolina found").
  let k = first;
  for (let guard = 0; guard < 3 && k - 1 > from && POSTMODIFIERS.has(tokens[k - 1]!.lower); guard++) {
    let at = k - 1;
    if (tokens[at - 1]?.pos === 'VERB' && /(?:ed|en|ing)$/.test(tokens[at - 1]!.lower) && at - 1 > from) at--;
    const outer = phraseBefore(tokens, from, at);
    if (!outer) break;
    const before = tokens[outer[0] - 1];
    if (outer[0] === from || /^[,;:(]$/.test(before!.text) || before!.pos === 'CCONJ' || before!.pos === 'SCONJ') return [outer[0], head[1]];
    k = outer[0];
  }
  const participial = participleSubject(tokens, from, first);
  return [participial ?? first, head[1]];
}

/** Words a participle phrase after a subject may hold besides nouns: prepositions and adverbs. */
const PARTICIPLE_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'ADP', 'ADV', 'PART']);

/**
 * "Protesters marching through the streets chanted", "Demonstrators carrying signs outside the
 * hall shouted": where the phrase before the cue ends a participle phrase that follows a noun
 * phrase opening the clause, that noun phrase is the subject. Returns its first token, or null.
 */
function participleSubject(tokens: readonly Token[], from: number, first: number): number | null {
  // "the president she hopes": a pronoun subject is a clause of its own.
  if (isPersonalPronoun(tokens[first]!)) return null;
  // Several participles may follow one another ("judges handling lawsuits seeking information").
  for (let v = first - 1, guard = 0; v > from && first - v <= 24 && guard < 3; guard++) {
    while (v > from && first - v <= 24 && PARTICIPLE_PHRASE_POS.has(tokens[v]!.pos) && !isPersonalPronoun(tokens[v]!)) v--;
    const verb = tokens[v];
    if (v <= from || !verb || verb.pos !== 'VERB' || !/ing$/.test(verb.lower)) return null;
    const subject = phraseBefore(tokens, from, v);
    if (!subject || subject[1] !== v || tokens[v - 1]!.pos === 'PRON') return null;
    const before = tokens[subject[0] - 1];
    if (subject[0] === from || (before !== undefined && (/^[,;:(]$/.test(before.text) || before.pos === 'CCONJ' || before.pos === 'SCONJ'))) return subject[0];
    v = subject[0] - 1;
  }
  return null;
}
const POSTMODIFIERS = new Set(['to', 'for', 'in', 'at', 'from', 'with', 'on']);

/** The sentence's own subject: its first name, pronoun or noun phrase (one that can speak, when asked). */
function sentenceSubject(article: ArticleContext, token: number, isSpeaker?: (r: Range) => boolean): Range | null {
  const { tokens } = article;
  const s = article.sentences[tokens[token]!.sentence]!;
  for (let i = s.first; i < token; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' || isPersonalPronoun(t) || t.pos === 'NOUN') {
      const np = phraseAfter(tokens, i, token);
      if (np && (!isSpeaker || isSpeaker(np))) return np;
      if (np) {
        i = np[1] - 1;
        continue;
      }
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isSpeaker) return null;
  }
  return null;
}

/**
 * A source written after its cue ("according to a new Associated Press-GfK poll released
 * Thursday", "said Robert Klein, chairman of the institute"): the noun phrase, across names the
 * tagger split, with a participle phrase after it and, when the sentence ends there, its apposition.
 */
function sourceAfter(article: ArticleContext, from: number, end: number, nameAt?: (token: number) => Range | undefined): Range | null {
  const { tokens } = article;
  let last = phraseAfter(tokens, from, end)?.[1] ?? from;
  for (let guard = 0; guard < 4; guard++) {
    const name = nameAt?.(last);
    // "a just-released poll", "a newly published report": an adverb inside the phrase.
    const t = tokens[last];
    if (t && t.pos === 'ADV' && last > from && last + 1 < end && (tokens[last + 1]!.text === '-' || tokens[last + 1]!.pos === 'ADJ' || (tokens[last + 1]!.pos === 'VERB' && /ed$/.test(tokens[last + 1]!.lower)))) {
      last = phraseAfter(tokens, last + 1, end)?.[1] ?? last + 2;
      continue;
    }
    if (!name || name[0] > last || name[1] <= last) break;
    last = name[1];
    last = phraseAfter(tokens, last, end)?.[1] ?? last;
  }
  if (last === from) return null;
  // "said former coach and former test player John Bracewell": a description with no name,
  // joined by "and" to one that ends in a name, describes that one person.
  if (tokens[last]?.lower === 'and' && nameAt && !nameAt(last - 1) && tokens[from]!.pos !== 'DET') {
    const more = phraseAfter(tokens, last + 1, end);
    const name = more ? nameAt(more[1] - 1) : undefined;
    if (more && name && name[1] === more[1] && more[1] - (last + 1) <= 8 && more[0] < name[0]) last = more[1];
  }
  const stop = (k: number) => k >= end || /^[,.;:!?—]$/.test(tokens[k]!.text) || isMark(tokens[k]!.text);
  // "... poll released Thursday", "... exit polls conducted by Edison Research for the AP"
  const next = tokens[last];
  if (next && next.pos === 'VERB' && /(?:ed|en|wn)$/.test(next.lower) && last < end) {
    let k = last + 1;
    while (!stop(k) && k - last < 15 && tokens[k]!.pos !== 'AUX') k++;
    if (stop(k)) last = k;
  }
  // "said Dr. Harold Varmus, the Nobel Prize-winning former NIH director."
  // "said the man who built his career on ..." (a restrictive relative clause, no comma)
  const restrictive = tokens[last]?.lower === 'who';
  if (restrictive || (tokens[last]?.text === ',' && tokens[last + 1] && (tokens[last + 1]!.pos === 'DET' || tokens[last + 1]!.pos === 'ADJ' || tokens[last + 1]!.pos === 'NOUN' || RELATIVE.has(tokens[last + 1]!.lower)))) {
    let k = last + 1;
    while (k < end && !/^[.;:!?]$/.test(tokens[k]!.text) && !isMark(tokens[k]!.text) && k - last < 30) k++;
    // An apposition is no clause: "AFP, the United Nations has criticised" has a subject and its verb.
    const head = restrictive ? null : phraseAfter(tokens, last + 1, k);
    const clause = head !== null && (tokens[head[1]]?.pos === 'AUX' || (tokens[head[1]]?.pos === 'VERB' && !/(?:ing|ed|en)$/.test(tokens[head[1]]!.lower)));
    if (!clause && (k >= end || /^[.!?]$/.test(tokens[k]!.text))) last = k;
  }
  return [from, last];
}

/** Where the source of a cue is written. */
export function findSource(article: ArticleContext, cue: Cue, nameAt?: (token: number) => Range | undefined): Range | null {
  const { tokens } = article;
  const s = article.sentences[tokens[cue.head]!.sentence]!;
  if (isPassive(article, cue)) {
    let k = cue.last;
    while (k < s.last && k - cue.last < 6 && tokens[k]!.lower !== 'by') k++;
    return tokens[k]?.lower === 'by' ? phraseAfter(tokens, k + 1, s.last) : null;
  }
  if (cue.lemma === 'according') {
    // "according to a New York Times/CBS News survey released on Thursday": the whole phrase up
    // to the comma or the end of the sentence names the source.
    const named = sourceAfter(article, cue.last, s.last, nameAt);
    let k = cue.last;
    while (k < s.last && k - cue.last < 20 && !/^[,;:.?!—(]$/.test(tokens[k]!.text) && !isMark(tokens[k]!.text)) k++;
    const closed = k - cue.last < 20 && (k >= s.last || /^[,;.?!(]$/.test(tokens[k]!.text));
    if (named && k > named[1] && closed) return [named[0], k];
    // "according to exit polls", with "exit" read as a verb: the phrase up to the punctuation, if it names anything.
    if (!named && closed && k > cue.last && tokens.slice(cue.last, k).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return [cue.last, k];
    return named;
  }
  if (cue.lemma === ':') {
    // "Lynch: ..." in a headline, where the tagger reads the name as a verb
    const head = phraseBefore(tokens, s.first, cue.first);
    if (head || cue.first - s.first > 3) return head;
    for (let k = s.first; k < cue.first; k++) if (!/^\p{Lu}/u.test(tokens[k]!.text)) return null;
    return cue.first > s.first ? [s.first, cue.first] : null;
  }
  let end = cue.first;
  // ("Proponents, including the Conference of Mayors, have urged": past the auxiliaries.)
  let probe = end;
  while (probe > s.first && (tokens[probe - 1]!.pos === 'AUX' || SKIPPABLE.has(tokens[probe - 1]!.lower))) probe--;
  if (probe < end && probe > s.first && tokens[probe - 1]!.text === ',') end = probe;
  if (end > s.first && tokens[end - 1]!.text === ',') {
    // "Leonard E. Burman, director of the center, said": the apposition belongs to the source.
    let k = end - 2;
    while (k > s.first && end - k < 25 && tokens[k]!.text !== ',' && !isMark(tokens[k]!.text)) k--;
    // "from Sumter, South Carolina," : the state after a city's comma continues the apposition.
    const tail = tokens.slice(k + 1, end - 1);
    if (k > s.first && tokens[k]!.text === ',' && tail.length > 0 && tail.length <= 3 && tail.every((t) => t.pos === 'PROPN') && tokens[k - 1]?.pos === 'PROPN') {
      k--;
      while (k > s.first && end - k < 30 && tokens[k]!.text !== ',' && !isMark(tokens[k]!.text)) k--;
    }
    if (k > s.first && tokens[k]!.text === ',') {
      let head = subjectBefore(article, s.first, k, nameAt);
      // "Marley Anderson, 21, a junior from Las Vegas, said", "Dean Johnson, a salesman from
      // Sumter, South Carolina, says": an age or the rest of a place name is not the head.
      for (let guard = 0; guard < 2 && head && head[0] - 1 > s.first && tokens[head[0] - 1]!.text === ','; guard++) {
        const inner = tokens.slice(head[0], head[1]);
        if (!(inner.length === 1 && inner[0]!.pos === 'NUM') && !inner.every((t) => t.pos === 'PROPN' && nameAt?.(t.index) === undefined)) break;
        head = subjectBefore(article, s.first, head[0] - 1, nameAt) ?? head;
      }
      // "Sanders, a senator from Vermont, said": the apposition belongs to the source.
      // ('"Yes," Brent Bozell III, founder of the center, tells ...' has its source right after the
      // closing mark; a phrase right after an opening mark is quoted, not the source.)
      // "he, once again, pledged", "Trump, who has relied on ..., has said", "Clinton, clearly
      // frustrated, responded", "Snyder, for his part, has denied": PolNeAR keeps relative
      // clauses, participles and adverbials out of the source (who: 82 out, 11 in, train); an
      // apposition ("Sanders, a senator from Vermont,") stays in.
      const opener = tokens[k + 1]!;
      // ("Proponents, including the Conference of Mayors, have urged", "Others, like Ohio, have
      // voted": an example list stays in.)
      const parenthetical = opener.lower !== 'including' && opener.lower !== 'like' && (/^(?:who|which|whose|whom)$/.test(opener.lower) || /^(?:ADV|ADP|SCONJ|AUX)$/.test(opener.pos) ||
        (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.lower)) || tokens.slice(k + 1, end - 1).every((t) => t.pos === 'ADV' || t.pos === 'ADP' || /^(?:again|once|too|however|though|meanwhile)$/.test(t.lower)));
      if (head && parenthetical) return nameBeforeApposition(article, s.first, head, nameAt) ?? head;
      if (head && !(head[0] > s.first && isMark(tokens[head[0] - 1]!.text) && quotationAt(article, head[0] - 1))) return [head[0], end - 1];
    }
    // '"...," said Jones' and "..., said Jones": the source follows a verb of saying ("..., imposed
    // sanctions" has its object there)
    const after = SAYING_FORMS.has(tokens[cue.head]!.lower) ? sourceAfter(article, cue.last, s.last, nameAt) : null;
    if (after) return after;
    end = k > s.first ? k : end;
  }
  const subject = subjectBefore(article, s.first, end, nameAt);
  if (subject) return subject;
  if ((isMark(tokens[cue.first - 1]?.text) || tokens[cue.first - 1]?.text === ',') && SAYING_FORMS.has(tokens[cue.head]!.lower)) {
    const after = sourceAfter(article, cue.last, s.last, nameAt);
    if (after) return after;
  }
  // "..., saying that ...": a participle's subject is the sentence's.
  if (/ing$/.test(tokens[cue.head]!.lower)) return sentenceSubject(article, cue.first);
  return implicitSource(article, cue, nameAt);
}

/**
 * "Michael Mulgrew, president of the union, which represents teachers, said": when the phrase
 * before a relative clause is itself an apposition, the name it describes opens the source.
 */
function nameBeforeApposition(article: ArticleContext, from: number, apposition: Range, nameAt?: (token: number) => Range | undefined): Range | null {
  const { tokens } = article;
  const comma = apposition[0] - 1;
  const opener = tokens[apposition[0]]!;
  if (comma <= from || tokens[comma]!.text !== ',' || !/^(?:DET|NOUN|ADJ)$/.test(opener.pos)) return null;
  const name = nameAt?.(comma - 1);
  if (!name || name[1] !== comma || name[0] < from) return null;
  const subject = subjectBefore(article, from, comma, nameAt);
  return subject && subject[1] === comma ? [subject[0], apposition[1]] : null;
}

const PARTICIPLES_ONLY = new Set(['known', 'shown', 'given', 'taken', 'seen', 'written', 'done', 'been', 'gone', 'chosen', 'driven', 'spoken', 'broken', 'stolen', 'frozen', 'born', 'drawn', 'grown', 'thrown', 'hidden', 'forgotten', 'eaten', 'fallen', 'beaten', 'risen', 'sworn', 'worn', 'torn', 'shaken', 'proven']);
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);
const RELATIVE_SOURCES = new Set(['who', 'which', 'that']);

/**
 * Sources the subject rule misses: a name the tagger split from its part of speech ("Cook said",
 * with "Cook" read as a verb); a relative pronoun ("Barkley, who said"); the subject of an
 * earlier verb the cue is coordinated with ("Clinton celebrated ... and said"). (The subject of
 * the clause an infinitive depends on, "Hahn will come on the show to talk", was tried: it costs
 * more cue precision than it gains.)
 */
function implicitSource(article: ArticleContext, cue: Cue, nameAt?: (token: number) => Range | undefined): Range | null {
  const { tokens } = article;
  const s = article.sentences[tokens[cue.head]!.sentence]!;
  let k = cue.first - 1;
  // (and a year: "who in 2010 said")
  const year = (i: number) => /^\d{4}$/.test(tokens[i]!.text) && i - 1 > s.first && TIME_PREPOSITIONS.has(tokens[i - 1]!.lower);
  while (k > s.first && (SKIPPABLE.has(tokens[k]!.lower) || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || year(k))) k -= year(k) ? 2 : 1;
  if (k < s.first) return null;
  const before = tokens[k]!;
  // "Kasich jokingly offered", "The Legion has twice complained": adverbs between subject and
  // verb; but "it is widely believed" is a passive, whose subject says nothing of who believes.
  let passive = false;
  for (let i = k + 1; i < cue.first; i++) if (/^(?:is|are|was|were|be|been|being|'s|’s)$/.test(tokens[i]!.lower)) passive = true;
  if (passive && /(?:ed|en|wn)$/.test(tokens[cue.head]!.lower)) return null;
  if (k < cue.first - 1 && !COORDINATORS.has(before.lower) && !RELATIVE.has(before.lower)) {
    const subject = subjectBefore(article, s.first, k + 1, nameAt);
    if (subject) return subject;
  }
  const name = nameAt?.(k);
  if (name && name[1] === k + 1) return subjectBefore(article, s.first, k + 1, nameAt) ?? name;
  if (RELATIVE_SOURCES.has(before.lower) && k > s.first && (tokens[k - 1]!.text === ',' || tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN' || tokens[k - 1]!.pos === 'PRON')) return [k, k + 1];
  // "Clinton celebrated in Florida ... and said": the subject of the verb it is coordinated with.
  if (COORDINATORS.has(before.lower)) return governingSource(article, k, nameAt);
  return null;
}

/** For a participle ("saying that"), the subject of its sentence rather than a phrase that happens to precede it. */
export function participleSource(article: ArticleContext, cue: Cue, found: Range | null, isSpeaker: (r: Range) => boolean, nameAt?: (token: number) => Range | undefined): Range | null {
  const { tokens } = article;
  if (!/ing$/.test(tokens[cue.head]!.lower) || cue.lemma === 'according') return found;
  // '"...," McCain said, citing ...', 'Sanders has denounced them, saying ...': a participle set
  // off by a comma shares the subject of the verb it follows.
  if (tokens[cue.first - 1]?.text === ',') {
    const governing = governingSource(article, cue.first - 1, nameAt);
    if (governing && isSpeaker(governing)) return governing;
  }
  if (found && isSpeaker(found)) return found;
  return sentenceSubject(article, cue.first, isSpeaker) ?? found;
}

/** The source of the nearest finite verb before `before`, outside quotations and relative clauses. */
function governingSource(article: ArticleContext, before: number, nameAt?: (token: number) => Range | undefined): Range | null {
  const { tokens } = article;
  const s = article.sentences[tokens[before]!.sentence]!;
  let inQuote = false;
  for (let v = before - 1; v > s.first; v--) {
    const t = tokens[v]!;
    if (isMark(t.text)) {
      inQuote = !inQuote;
      continue;
    }
    if (inQuote || (t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/.test(t.lower)) continue;
    // "world powers known as the deal": a participle without an auxiliary is no finite verb.
    if (PARTICIPLES_ONLY.has(t.lower) && tokens[v - 1]?.pos !== 'AUX') continue;
    // A verb inside a relative clause ("supporters that level attacks") governs nothing here.
    let k = v - 1;
    while (k > s.first && tokens[k]!.text !== ',' && !RELATIVE.has(tokens[k]!.lower) && v - k < 8) k--;
    if (RELATIVE.has(tokens[k]!.lower)) continue;
    let first = v;
    while (first > s.first && (tokens[first - 1]!.pos === 'AUX' || tokens[first - 1]!.pos === 'ADV' || SKIPPABLE.has(tokens[first - 1]!.lower))) first--;
    // A verb of saying has a source where a cue would ('"...," said Jones, adding'); any other
    // verb only its subject.
    const verb: Cue = { head: v, first, last: v + 1, lemma: t.lower };
    const source = SAYING_FORMS.has(t.lower) ? findSource(article, verb, nameAt) : (subjectBefore(article, s.first, first, nameAt) ?? implicitSource(article, verb, nameAt));
    if (source) return source;
  }
  return null;
}

/** "In the three years since, Barden says, far too many lives have been lost": the content surrounds the attribution. */
function contentAround(article: ArticleContext, cue: Cue, source: Range | null): Range | null {
  const { tokens } = article;
  const s = article.sentences[tokens[cue.head]!.sentence]!;
  if (cue.lemma === 'according') return accordingAround(article, cue, source);
  if (!source || source[1] > cue.first) return null;
  const start = source[0];
  const end = cue.last;
  if (tokens[start - 1]?.text !== ',' || tokens[end]?.text !== ',' || start - 1 <= s.first) return null;
  // The words before form the start of a clause, and the words after finish it.
  const after = end + 1;
  if (after >= s.last || isMark(tokens[after]!.text) || tokens[after]!.pos === 'VERB' && /ing$/.test(tokens[after]!.lower)) return null;
  if (tokens.slice(s.first, start - 1).some((t) => isMark(t.text))) return null;
  let last = s.last;
  while (last > after && /^[.?!]$/.test(tokens[last - 1]!.text)) last--;
  return [s.first, last];
}

/**
 * "Notably absent, according to the report, was any mention of ...", "boats of migrants which,
 * according to AFP, the UN has criticised": an "according to" set off by commas inside a clause
 * that is not complete before it reports the whole clause around it. The clause starts at a
 * relative pronoun right before the comma, or at the sentence start when no verb precedes.
 */
function accordingAround(article: ArticleContext, cue: Cue, source: Range | null): Range | null {
  const { tokens } = article;
  const s = article.sentences[tokens[cue.head]!.sentence]!;
  const comma = cue.first - 1;
  if (!source || tokens[comma]?.text !== ',' || tokens[source[1]]?.text !== ',' || comma <= s.first) return null;
  const after = source[1] + 1;
  if (after >= s.last || isMark(tokens[after]!.text) || !/[\p{L}\p{N}]/u.test(tokens[after]!.text)) return null;
  let from = -1;
  if (/^(?:which|who|that)$/.test(tokens[comma - 1]!.lower)) from = comma - 1;
  else {
    for (let i = s.first; i < comma; i++) if (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'VERB' || isMark(tokens[i]!.text) || tokens[i]!.text === ',') return null;
    from = s.first;
  }
  let last = s.last;
  while (last > after && /^[.?!]$/.test(tokens[last - 1]!.text)) last--;
  return [from, last];
}

/**
 * Where a sentence's own words start, past a dateline ("NEW YORK (AFP) – ") and a discourse
 * connective ("But", "Still,"), which tie the sentence to the article rather than
 * belong to what the source said.
 */
function leadingConnectives(article: ArticleContext, first: number, before: number): number {
  const { tokens } = article;
  let from = first;
  // A dateline: a closing bracket and a dash within the first few words.
  for (let k = first; k < Math.min(before, first + 10); k++) {
    // "NEW YORK (AFP) –", "TALLAHASSEE —"
    const capsBefore = k > first && tokens.slice(first, k).every((t) => !/\p{Ll}/u.test(t.text));
    if (/^[—–-]$/.test(tokens[k]!.text) && (tokens[k - 1]?.text === ')' || capsBefore)) {
      from = k + 1;
      break;
    }
  }
  const t = tokens[from];
  if (!t) return from;
  if (t.pos === 'CCONJ' && from + 1 < before) return from + 1;
  if (t.pos === 'ADV' && from + 3 < before) {
    let k = from + 1;
    if (tokens[k]!.pos === 'ADV') k++;
    if (tokens[k]!.text === ',') return k + 1;
  }
  return from;
}

/** Is the source written after the content ("..., X said")? Then the content is the clause before. */
function contentBefore(article: ArticleContext, cue: Cue, source: Range | null): number | null {
  const { tokens } = article;
  const s = article.sentences[tokens[cue.head]!.sentence]!;
  const start = source ? Math.min(source[0], cue.first) : cue.first;
  const prev = tokens[start - 1];
  if (!prev || start <= s.first) return null;
  // The attribution comes after a comma or a closing quotation mark, and ends the sentence
  // (or is followed only by an "according to", a time or place, or the final punctuation).
  // (A mark must close a quotation: "Bernie Sanders’ campaign says" has an apostrophe.)
  const possessive = /^['’]$/.test(prev.text) && !prev.spaceBefore && /s$/i.test(tokens[prev.index - 1]?.text ?? '') && !closesQuotation(article, prev.index);
  if (prev.text !== ',' && !(isMark(prev.text) && !possessive) && prev.text !== '—') return null;
  // "..., according to a CBS News survey released on Thursday.": whatever ends the sentence
  // after a closing "according to" names the source.
  if (cue.lemma === 'according' && prev.text === ',') {
    let k = cue.last;
    while (k < s.last && tokens[k]!.text !== ',' && tokens[k]!.text !== ';' && tokens[k]!.text !== '(' && !isMark(tokens[k]!.text)) k++;
    if (k >= s.last || /^[.?!]$/.test(tokens[k]!.text) || tokens[k]!.text === ',' && /^[.?!]$/.test(tokens[k + 1]?.text ?? '.')) return start - 1;
    // "..., according to an average of polls, including one released Thursday." and "...,
    // according to exit polls (a sizable margin)": no new clause follows the source.
    if (tokens[k]!.text === '(') return start - 1;
    if (tokens[k]!.text === ',') {
      let clause = false;
      for (let i = k + 1; i < s.last && !clause; i++) clause = tokens[i]!.pos === 'AUX' || (tokens[i]!.pos === 'VERB' && !/(?:ing|ed|en)$/.test(tokens[i]!.lower)) || isMark(tokens[i]!.text);
      if (!clause) return start - 1;
    }
  }
  // "Speaking on the radio last week, X said ...", "After Rubio stumbles, X sees ...": what
  // stands before the comma is a participle or an adverbial clause, not what was said.
  // (Unless the attribution ends the sentence: "If states fail, the department can step in, Wilcox said.")
  const last = Math.max(cue.last, source ? source[1] : 0);
  const endsSentence = last >= s.last || /^[.?!]$/.test(tokens[last]!.text);
  if (prev.text === ',' && !endsSentence) {
    const opener = tokens[s.first]!;
    if ((opener.pos === 'VERB' && /ing$/.test(opener.lower)) || opener.pos === 'SCONJ' || opener.pos === 'ADP' || ADVERBIAL_OPENERS.has(opener.lower)) return null;
    // "Meanwhile, X ...", "Perhaps more than anyone, X ...": a stretch with no verb in it is an adverbial, not a report.
    let verb = false;
    for (let i = s.first; i < start - 1 && !verb; i++) verb = tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || isMark(tokens[i]!.text);
    if (!verb) return null;
  }
  // Only a few adjunct words may follow the attribution ("..., she said on Tuesday.", "..., he said in a statement.").
  const endsAt = last;
  let k = endsAt;
  while (k < s.last && !/^[.?!]$/.test(tokens[k]!.text)) {
    const t = tokens[k]!;
    const finiteVerb = (t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ed|ing|en)$/.test(t.lower);
    // "..., he said, according to IRNA." ends the clause too, and so does "..., he said, adding: ..."
    if (t.text === ',' && tokens[k + 1]?.lower === 'according' && tokens[k + 2]?.lower === 'to') break;
    if (t.text === ',' && tokens[k + 1]?.pos === 'VERB' && SAYING_FORMS.has(tokens[k + 1]!.lower) && /ing$/.test(tokens[k + 1]!.lower)) break;
    if (k - endsAt >= 14 || t.lower === 'that' || isMark(t.text) || finiteVerb || t.text === ':') {
      // "..., X said, adding that ..." or '..., X said, "..."' still close the clause before them
      if (t.text === ',' || (tokens[k - 1]?.text === ',' && (isMark(t.text) || t.pos === 'VERB'))) break;
      return null;
    }
    k++;
  }
  return start - 1;
}

/** The attributed content of a cue: the clause after it, or the clause before "..., X said". */
const TIME_TAIL = new Set([
  'week', 'month', 'year', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this',
  'next', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'recently', 'again',
]);
const MEDIUM_NOUNS = new Set([
  'tweet', 'tweets', 'statement', 'interview', 'op-ed', 'speech', 'post', 'letter', 'email', 'video', 'ad', 'rally', 'event',
  'conference', 'call', 'show', 'program', 'appearance', 'hearing', 'debate', 'radio', 'television', 'tv', 'twitter', 'facebook',
  'media', 'podcast', 'broadcast', 'briefing', 'remarks', 'message', 'meeting', 'memo', 'column', 'editorial', 'article', 'stop',
  'town', 'hall', 'gazette', 'instagram', 'website', 'blog', 'newsletter', 'release',
]);
/** Month names that end a time adjunct ("in February"); not "may", which is more often the modal. */
const MONTH_NAMES: ReadonlySet<string> = new Set([...MONTHS.keys()].filter((m) => m !== 'may'));
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'during', 'at', 'via', 'through', 'over']);

/**
 * An object content ends before what modifies the cue rather than the object: "endorsed Cruz
 * [last week]", "is panning Obama's measures [in an op-ed in the Gazette]", "is protesting the
 * actions [by giving away a shotgun]". A clause ("that ...", a quotation) keeps its adjuncts.
 */
export function trimObjectAdjuncts(article: ArticleContext, r: Range): Range {
  const { tokens } = article;
  let [a, b] = r;
  const first = tokens[a]!;
  if (first.lower === 'that' || first.lower === 'to' || isMark(first.text) || RELATIVE.has(first.lower)) return r;
  for (let i = a; i < b; i++) if (tokens[i]!.pos === 'AUX' || (tokens[i]!.pos === 'VERB' && !/(?:ing|ed)$/.test(tokens[i]!.lower))) return r;
  // (The sentence's final stop is not part of what is trimmed.)
  while (b > a + 1 && /^[.?!]$/.test(tokens[b - 1]!.text)) b--;
  const full = b;
  for (let guard = 0; guard < 4; guard++) {
    let k = b;
    // "endorsed Sanders [in February]", "voted Clinton [last July]"
    while (k > a + 1 && (TIME_TAIL.has(tokens[k - 1]!.lower) || MONTH_NAMES.has(tokens[k - 1]!.lower) || (tokens[k - 1]!.pos === 'DET' && k < b))) k--;
    if (k < b && (tokens[k - 1]!.pos === 'ADP') && k - 1 > a) k--;
    if (k < b && k > a) {
      b = k;
      continue;
    }
    let cut = -1;
    for (let p = b - 1; p > a; p--) {
      const t = tokens[p]!;
      if (t.lower === 'by' && tokens[p + 1]?.pos === 'VERB' && /ing$/.test(tokens[p + 1]!.lower)) cut = p;
      if (MEDIUM_PREPOSITIONS.has(t.lower)) {
        let medium = false;
        for (let q = p + 1; q < b && q < p + 6; q++) if (MEDIUM_NOUNS.has(tokens[q]!.lower)) medium = true;
        if (medium) cut = p;
      }
    }
    if (cut > a) {
      b = cut;
      continue;
    }
    break;
  }
  if (b === full) return r;
  while (b > a + 1 && /^[,;:—-]$/.test(tokens[b - 1]!.text)) b--;
  return [a, b];
}

/** Verbs that raise their clause's subject: "the race appears closer", "he seemed to hesitate". */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear']);
/** Passives whose subject is the hearer, not what was said: "was asked whether ...", "was pressed on ...". */
const HEARER_PASSIVES = new Set(['ask', 'question', 'press', 'tell', 'inform', 'remind', 'brief', 'assure', 'convince', 'persuade', 'urge', 'warn', 'quiz', 'grill']);
/** Prepositions that open the complement of a passive: "was charged with", "was criticized for", "was described as". */
const PASSIVE_COMPLEMENT = new Set(['to', 'as', 'with', 'for', 'of', 'over', 'like']);
const OPENER_TAGS = new Set(['ADP', 'SCONJ', 'ADV', 'CCONJ']);

/**
 * "The sale is expected to expand ...", "Trump's supporters seemed unperturbed", "He was
 * charged with assault": what is attributed is the whole clause, subject included (PolNeAR's
 * convention), and a raising verb has no source. Returns that clause, or null when the cue is
 * not used this way. An expletive subject ("it appears that ...", "it was not expected to ...")
 * is left to the ordinary rules, as is a passive whose subject is the hearer ("was asked ...").
 */
export function raisedContent(article: ArticleContext, cue: Cue): Range | null {
  const { tokens } = article;
  const head = tokens[cue.head]!;
  const passive = isPassive(article, cue);
  const verb = RAISING_VERBS.has(cue.lemma) && !passive;
  if (!verb && (!passive || HEARER_PASSIVES.has(cue.lemma))) return null;
  const s = article.sentences[head.sentence]!;
  let k = cue.last;
  while (k < s.last && tokens[k]!.pos === 'ADV') k++;
  // "was berated by his father for ...": past the agent.
  if (passive && tokens[k]?.lower === 'by') {
    const agent = phraseAfter(tokens, k + 1, s.last);
    if (agent) k = agent[1];
  }
  const next = tokens[k];
  if (!next || k >= s.last) return null;
  // What follows must be the raised predicate: "to ...", "as ...", or an adjective or noun phrase
  // (not after passives of saying: "was reported Tuesday"). "appeared on Fox", "appears that" are other uses.
  const saying = passive && /^(?:said|reported|rumou?red|alleged|thought|believed|understood|told|announced|quoted)$/.test(head.lower);
  const complement = next.lower === 'to' || next.lower === 'as' || next.lower === 'like' ||
    (passive && !saying && PASSIVE_COMPLEMENT.has(next.lower)) ||
    (!saying && (next.pos === 'ADJ' || next.pos === 'DET' || next.pos === 'NOUN' || /^(?:more|less|most|least|very|so|too|equally|somewhat|increasingly)$/.test(next.lower)));
  if (!complement) return null;
  const start = raisedSubjectStart(article, cue.first, s.first);
  if (start === null || start >= cue.first) return null;
  if (cue.first - start === 1 && /^(?:it|there)$/.test(tokens[start]!.lower)) return null;
  let end = clauseEnd(article, cue.last, s.last);
  // The raised predicate ends before an adverbial clause ("... as the rock classic played"), an
  // agent ("are considered unclean by Muslims"), a second predicate ("and is celebrated as") or a
  // participle after a comma.
  for (let i = k + 1; i < end; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if ((t.pos === 'SCONJ' && t.lower !== 'that') || (t.lower === 'by' && passive) || (t.lower === 'and' && (next?.pos === 'AUX' || next?.pos === 'VERB' || next?.text === ',')) ||
      (t.text === ',' && next?.pos === 'VERB' && /ing$/.test(next.lower)) || (t.lower === 'even' && next?.pos === 'SCONJ') ||
      // ", despite ...", ", when she ...", ", and voters ...", " — he mastered ...": what follows a comma or dash after the predicate
      ((t.text === ',' || /^(?:—|–|--)$/.test(t.text)) && next !== undefined && (/^(?:ADP|SCONJ|CCONJ|PRON|DET)$/.test(next.pos) || /^(?:—|–|--)$/.test(t.text)))) {
      end = i;
      break;
    }
  }
  while (end > cue.last && /^[.?!,;:—-]$/.test(tokens[end - 1]!.text)) end--;
  return end > cue.last ? [start, end] : null;
}

/** Where the subject of a raising verb at `before` starts: past openers, at a relative pronoun. */
function raisedSubjectStart(article: ArticleContext, before: number, first: number): number | null {
  const { tokens } = article;
  let hard = first;
  for (let k = before - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '—' || isMark(t.text)) {
      hard = k + 1;
      break;
    }
    if (t.lower === 'who' || t.lower === 'which' || (t.lower === 'that' && t.pos !== 'DET')) {
      // "Hizbollah, which has lost ..., seems": a clause closed before the cue belongs to the subject.
      let closed = false;
      for (let j = k + 1; j < before; j++) if (tokens[j]!.text === ',') closed = true;
      if (closed && tokens[k - 1]?.text === ',') continue;
      return k;
    }
    if (t.pos === 'SCONJ' || ((t.lower === 'and' || t.lower === 'but' || t.lower === 'or') && (k === first || tokens[k - 1]!.text === ','))) {
      hard = k + 1;
      break;
    }
  }
  // "In the past few days, the politician ...", "Indeed, a broader swath ...": an opener ends at its comma.
  let start = hard;
  const opener = tokens[hard]!;
  if (OPENER_TAGS.has(opener.pos) || ADVERBIAL_OPENERS.has(opener.lower) || TIME_TAIL.has(opener.lower) || (opener.pos === 'VERB' && /ing$/.test(opener.lower))) {
    for (let k = before - 1; k > hard; k--) {
      if (tokens[k]!.text === ',') {
        start = k + 1;
        break;
      }
    }
  }
  return start;
}

const FRONTING = new Set(['when', 'if', 'after', 'once', 'before', 'while', 'and', 'but']);
/**
 * "Asked about the vote, Smith said ...", "when pressed on it": a participle of asking that opens
 * its clause reports a question put to someone, and PolNeAR gives it no source (69 to 17 in train).
 */
export function isFrontedQuestion(article: ArticleContext, cue: Cue): boolean {
  const { tokens } = article;
  const head = tokens[cue.head]!;
  if (cue.first !== cue.head || !/^(?:asked|pressed|questioned)$/.test(head.lower)) return false;
  const before = tokens[cue.first - 1];
  return before === undefined || before.sentence !== head.sentence || before.text === ',' || isMark(before.text) || FRONTING.has(before.lower);
}

/** "was first reported by MSNBC", "is expected": a passive cue, whose source follows "by". */
export function isPassive(article: ArticleContext, cue: Cue): boolean {
  const { tokens } = article;
  const head = tokens[cue.head]!;
  if (!/(?:ed|en|wn|told|said|thought|found|known|seen|heard|shown)$/.test(head.lower)) return false;
  for (let i = cue.first; i < cue.head; i++) if (/^(?:is|are|was|were|be|been|being|'s|’s)$/.test(tokens[i]!.lower)) return true;
  return false;
}

export function findContent(article: ArticleContext, cue: Cue, source: Range | null): Range | null {
  const { tokens } = article;
  const s = article.sentences[tokens[cue.head]!.sentence]!;
  const after = tokens[cue.last];
  const clauseFollows = after && (after.lower === 'that' || isMark(after.text) || after.text === ':' || /^(?:whether|if|why|how|what|who|when|where)$/.test(after.lower));
  if (isPassive(article, cue) && cue.lemma !== 'expect' && !HEARER_PASSIVES.has(cue.lemma) && !clauseFollows) {
    // "O'Malley's move was first reported by MSNBC": the subject is what was reported.
    const subject = phraseBefore(tokens, s.first, cue.first);
    if (subject) return subject;
  }
  const around = contentAround(article, cue, source);
  if (around) return around;
  const before = contentBefore(article, cue, source);
  if (before !== null) {
    let from = leadingConnectives(article, s.first, before);
    // "According to X, Y" and "In Tulsa, ..." keep their clause; a quotation opening the sentence starts the content.
    for (let i = before - 1; i >= s.first; i--) {
      if (tokens[i]!.text === ';' || tokens[i]!.text === ':') {
        from = i + 1;
        break;
      }
    }
    // "..., which stood at 263 entering the primary, according to AP": a closing "according to"
    // after a relative clause reports that clause.
    if (cue.lemma === 'according') {
      for (let i = before - 1; i > from; i--) {
        if (tokens[i]!.text === ',' || isMark(tokens[i]!.text)) break;
        if (/^(?:which|who|whom|whose|where)$/.test(tokens[i]!.lower) && tokens[i - 1]!.text === ',') {
          from = i;
          break;
        }
      }
    }
    const end = isMark(tokens[before]!.text) ? before + 1 : before;
    return end > from ? [from, end] : null;
  }
  let from = cue.last;
  if (cue.lemma === 'according') {
    // "According to the report, prices rose": the content follows the source's comma.
    const src = source ?? [cue.last, cue.last];
    from = src[1];
    if (tokens[from]?.text === ',') from++;
    // "According to the team's coach, Alireza Mehraban, the robot ...": a name after a role is an apposition.
    const name = src[1] > src[0] && PERSON_TITLE_SET.has(tokens[src[1] - 1]!.lower) ? phraseAfter(tokens, from, s.last) : null;
    if (name && tokens[name[1]]?.text === ',' && tokens.slice(name[0], name[1]).every((t) => t.pos === 'PROPN')) from = name[1] + 1;
  } else if (source && source[0] >= cue.last) {
    from = source[1];
  }
  // "told the Times that ...", "assured voters ...": the hearer is not part of the content.
  if (RECIPIENT_VERBS.has(cue.lemma)) {
    const hearer = phraseAfter(tokens, from, s.last);
    const next = tokens[hearer?.[1] ?? -1];
    if (hearer && next && next.lower !== 'to' && (next.text === ',' || next.lower === 'that' || isMark(next.text) || next.text === ':' || /^(?:PRON|DET|PROPN|ADV|ADP)$/.test(next.pos))) {
      from = hearer[1];
    }
  }
  while (from < s.last && (tokens[from]!.text === ',' || tokens[from]!.text === ':')) from++;
  const beforeAdjuncts = from;
  // "reported on voting irregularities", "spoke about the crisis": the topic is the content.
  const about = tokens[from]?.lower === 'about' && !approximatesNumber(tokens[from]!, tokens[from + 1]);
  if ((about || tokens[from]?.lower === 'of' || (tokens[from]?.lower === 'on' && TOPIC_ON.has(cue.lemma))) && from === cue.last) from++;
  else from = skipAdjuncts(article, from, s.last, isLightVerb(tokens[cue.head]!.lower) || RECIPIENT_VERBS.has(cue.lemma));
  // "previously reported on voting irregularities.": when the adjuncts were all there was, the
  // last of them is what was reported on.
  let rest = from;
  while (rest < s.last && !/[\p{L}\p{N}]/u.test(tokens[rest]!.text)) rest++;
  if (rest >= s.last && from > beforeAdjuncts) {
    from = beforeAdjuncts;
    if (tokens[from]?.pos === 'ADP') from++;
  }
  // "urged the judge to give me a fair sentence": the one urged is not part of what was urged.
  if (OBJECT_THEN_TO.has(cue.lemma)) {
    const object = phraseAfter(tokens, from, s.last);
    if (object && tokens[object[1]]?.lower === 'to') from = object[1];
  }
  // "called the agreement 'an historic step'", "called his rival a liar": naming takes the one
  // named and the name, and ends with the name.
  if (NAMING.has(cue.lemma) && cue.last === cue.head + 1 && from === cue.last) {
    const named = namingEnd(article, from, s.last);
    if (named) return [from, named];
  }
  // Verbs of judging take their object as content ("endorsed Cruz", "criticized Obama as weak"),
  // with what follows the preposition ("accused X of Y", "thanked X for Y").
  const objectContent = OBJECT_CONTENT.get(cue.lemma);
  if (objectContent !== undefined) {
    const object = phraseAfter(tokens, from, s.last);
    if (object) {
      const after = tokens[object[1]];
      // The preposition may follow the phrase or have been read into it ("the Saudis for their").
      let prep = -1;
      if (objectContent !== '') for (let k = object[0] + 1; k <= object[1]; k++) if (tokens[k]?.lower === objectContent) prep = k;
      if (prep > 0) {
        const rest = clauseEnd(article, prep + 1, s.last);
        // PolNeAR keeps the one accused or praised: "Trump of using divisive rhetoric" (65 to 3 in train).
        if (rest > prep + 1) return [object[0], rest];
        if (prep === object[1]) return object;
      }
      const quoted = after && isMark(after.text) ? quotationAt(article, object[1]) : null;
      if (quoted) return quoted;
      // "praised Rubio's positions on national defense", "defended the organization against
      // recent attacks", "his role as a nuisance", "the notion that ...", "the attempt to shutter
      // it": the object keeps what modifies it (time and medium adjuncts are cut later).
      if (after && (after.pos === 'ADP' || after.lower === 'to' || after.lower === 'that') && !/^(?:by|because|while|after|before|since|if|when)$/.test(after.lower)) {
        const rest = clauseEnd(article, object[1], s.last);
        if (rest > object[1] + 1) return [object[0], rest];
      }
      return object;
    }
  }
  // "Asked about the vote, Smith said ...": the question ends with the fronted clause.
  if (isFrontedQuestion(article, cue)) {
    let marks = 0;
    for (let k = from + 1; k < s.last; k++) {
      if (isMark(tokens[k]!.text)) marks++;
      else if (tokens[k]!.text === ',' && marks % 2 === 0) return [from, k];
    }
  }
  const end = clauseEnd(article, from, s.last);
  // A colon at the end of a paragraph introduces the next one.
  if (from >= end && (tokens[cue.last]?.text === ':' || cue.lemma === ':')) {
    const next = article.paragraphs[tokens[cue.head]!.paragraph + 1];
    if (next) return [tokenIndexAt(article, next.start), tokenIndexAt(article, next.end - 1) + 1];
  }
  return end > from ? [from, end] : null;
}

function tokenIndexAt(article: ArticleContext, offset: number): number {
  return Math.min(tokenAt(article.tokens, offset), article.tokens.length - 1);
}

const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);

/** The hearer of "told The New York Times", "assured voters". */
export function findRecipient(article: ArticleContext, cue: Cue, source: Range | null): Range | null {
  if (!RECIPIENT_VERBS.has(cue.lemma)) return null;
  const { tokens } = article;
  const s = article.sentences[tokens[cue.head]!.sentence]!;
  const from = source && source[0] >= cue.last ? source[1] : cue.last;
  const hearer = phraseAfter(tokens, from, s.last);
  if (!hearer || RELATIVE.has(tokens[hearer[0]]!.lower)) return null;
  // "warned they could sell": a subject pronoun starts the reported clause; it is no hearer.
  if (hearer[1] - hearer[0] === 1 && SUBJECT_PRONOUNS.has(tokens[hearer[0]]!.lower)) return null;
  return hearer;
}
