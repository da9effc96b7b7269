/**
 * Speech cues and the noun phrases around them: who is doing the saying in "Jones said",
 * "said Mr. Jones", "Jones, the minister, told reporters", "according to the agency".
 */
import type { ArticleContext, Token } from '../context.js';
import { formsOf, QUOTE_CUE_VERBS, SPEECH_VERBS } from '../lexicon/speech-verbs.js';

const CUE_FORMS = formsOf(QUOTE_CUE_VERBS);
/** Words between a subject and its cue that do not end the subject ("he later said"). */
const SKIPPABLE = new Set(['also', 'later', 'then', 'again', 'once', 'reportedly', 'previously', 'recently', 'further', 'simply', 'quickly', 'flatly', 'repeatedly', 'has', 'have', 'had', 'would', 'will', 'was', 'is', 'once', 'often', 'even', 'just', 'still', 'n’t', "n't", 'not', 'never', 'angrily', 'bluntly', 'candidly', 'frankly', 'firmly']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
const ALWAYS_CUES = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'tweeted', 'reports', 'reported', 'noted', 'notes', 'explained', 'continued', 'stated', 'reads']);
/** Pronouns that open a relative clause: "who complains" does not name a speaker. */
export const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);

/** Length in tokens of a speech cue at token i ("said", "according to", "went on to say", "pointed out"), or 0. */
export function cueLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return 2;
  if ((t.lower === 'went' || t.lower === 'goes' || t.lower === 'go') && tokens[i + 1]?.lower === 'on' && tokens[i + 2]?.lower === 'to' && CUE_FORMS.has(tokens[i + 3]?.lower ?? '')) return 4;
  if ((t.lower === 'pointed' || t.lower === 'points') && tokens[i + 1]?.lower === 'out') return 2;
  // "as Jones put it", "the letter reads"
  if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it') return 2;
  if (t.lower === 'reads' && tokens[i + 1] !== undefined && /^[,.:;"“”]$/.test(tokens[i + 1]!.text)) return 1;
  if (!CUE_FORMS.has(t.lower)) return 0;
  // Cues are verbs ("a tweet" is not one); the commonest are taken whatever the tagger says, and
  // a form the tagger read as a noun counts right before a quotation, a colon or "that" ("The ad claims ...").
  if (t.pos === 'VERB' || t.pos === 'AUX' || ALWAYS_CUES.has(t.lower)) return 1;
  const next = tokens[i + 1];
  return next !== undefined && /s$/.test(t.lower) && (/^["“«'‘`:,]/.test(next.text) || next.lower === 'that') ? 1 : 0;
}

export const isPersonalPronoun = (t: Token): boolean => PERSONAL_PRONOUNS.has(t.lower);

/**
 * The noun phrase ending just before token `end` (exclusive) within [from, end): "Jones",
 * "the minister", "two Iranian officials", "he". Returns [first, last) or null.
 */
export function phraseBefore(tokens: readonly Token[], from: number, end: number): [number, number] | null {
  let last = end;
  while (last > from && SKIPPABLE.has(tokens[last - 1]!.lower)) last--;
  let first = last;
  while (first > from) {
    const t = tokens[first - 1]!;
    if (RELATIVE.has(t.lower)) break;
    // "Rep. Gwen Moore (D-Wis.)": a party-and-state parenthesis belongs to the name
    if (t.text === ')' && first - 4 >= from) {
      let k = first - 2;
      while (k > from && first - k < 6 && tokens[k]!.text !== '(') k--;
      if (tokens[k]?.text === '(') {
        first = k;
        continue;
      }
    }
    if (NP_POS.has(t.pos) || /^['’]s$/.test(t.text) || t.text === '-' || (t.text === '.' && first < last && !t.spaceBefore)) {
      // A pronoun is a phrase on its own.
      if (t.pos === 'PRON' && first < last && !/^['’]s$/.test(tokens[first]!.text)) break;
      first--;
      if (t.pos === 'PRON' && isPersonalPronoun(t)) break;
      continue;
    }
    if (t.lower === 'of' && first > from + 1 && NP_POS.has(tokens[first - 2]!.pos)) {
      first--;
      continue;
    }
    break;
  }
  while (first < last && (tokens[first]!.text === '-' || tokens[first]!.text === '.')) first++;
  return first < last ? [first, last] : null;
}

/** The noun phrase starting at token `start` within [start, end): "Mr. Burman", "a spokeswoman for the company". */
export function phraseAfter(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let last = start;
  while (last < end) {
    const t = tokens[last]!;
    if (RELATIVE.has(t.lower)) break;
    if (t.text === '(' && last > start) {
      let k = last + 1;
      while (k < end && k - last < 6 && tokens[k]!.text !== ')') k++;
      if (tokens[k]?.text === ')') {
        last = k + 1;
        continue;
      }
    }
    // A period belongs to a name only inside it ("J . R ."), never at its end.
    const innerPeriod = t.text === '.' && last > start && !t.spaceBefore && tokens[last + 1]?.pos === 'PROPN';
    if (NP_POS.has(t.pos) || /^['’]s$/.test(t.text) || t.text === '-' || innerPeriod) {
      if (t.pos === 'PRON' && !isPersonalPronoun(t) && last > start) break;
      last++;
      if (t.pos === 'PRON' && isPersonalPronoun(t)) break;
      continue;
    }
    if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'at') && last > start && last + 1 < end && NP_POS.has(tokens[last + 1]!.pos)) {
      last++;
      continue;
    }
    break;
  }
  return last > start ? [start, last] : null;
}

const SAYING_FORMS = formsOf(SPEECH_VERBS);

/**
 * A cue in a position that leaves no doubt (right after a quotation and its speaker, or ending a
 * sentence that a colon closes): any verb of saying, writing or reacting counts there.
 */
export function looseCueLength(tokens: readonly Token[], i: number): number {
  const strict = cueLength(tokens, i);
  if (strict > 0) return strict;
  const t = tokens[i];
  return t !== undefined && SAYING_FORMS.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN') ? 1 : 0;
}
