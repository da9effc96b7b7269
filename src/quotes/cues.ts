/**
 * Speech cues: "said", "according to", "in the words of", "went on to say", "pointed out", "put it".
 */
import type { Token } from '../context.js';
import { formsOf, QUOTE_CUE_VERBS, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { isQuoteMark } from '../text/quotations.js';

const CUE_FORMS = formsOf(QUOTE_CUE_VERBS);
const ALWAYS_CUES = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'tweeted', 'reports', 'reported', 'noted', 'notes', 'explained', 'continued', 'stated', 'reads']);

const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';
/** "the so-called plan" (or "the so called plan") names; nobody calls. */
const soCalled = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i - 1]?.text === '-' && !tokens[i]?.spaceBefore && lowerAt(tokens, i - 2) === 'so') || (lowerAt(tokens, i - 1) === 'so' && tokens[i - 2]?.pos === 'DET');

/** Is the cue at token i one whose speaker follows it ("according to Jones", "in the words of Jones")? */
export function speakerFollows(tokens: readonly Token[], i: number): boolean {
  const w = lowerAt(tokens, i);
  return (w === 'according' && lowerAt(tokens, i + 1) === 'to') || (w === 'in' && lowerAt(tokens, i + 1) === 'the' && lowerAt(tokens, i + 2) === 'words' && lowerAt(tokens, i + 3) === 'of');
}

/** Is "continue" at token i next to what is said: a quotation mark, a colon, a full stop, "that", or a comma before a mark or a participle? */
function continuesSpeech(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || isQuoteMark(next.text) || /^[:.]$/.test(next.text) || next.lower === 'that') return true;
  const after = tokens[i + 2];
  return next.text === ',' && after !== undefined && (isQuoteMark(after.text) || /ing$/.test(after.lower));
}

const CUE_BASES = new Set(QUOTE_CUE_VERBS);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'each', 'every', 'this', 'that']);

/**
 * "sitting at a lunch counter", "in a news report": an uninflected cue form after a determiner and
 * a noun is the head of a compound noun, whatever the tagger says; a singular subject would make
 * the verb "counters" or "countered".
 */
function compoundNoun(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i - 1];
  return CUE_BASES.has(tokens[i]!.lower) && noun?.pos === 'NOUN' && !/s$/.test(noun.lower) && SINGULAR_DETERMINERS.has(lowerAt(tokens, i - 2));
}

/** Length in tokens of a speech cue at token i ("said", "according to", "went on to say", "pointed out"), or 0. */
export function cueLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (soCalled(tokens, i)) return 0;
  if (speakerFollows(tokens, i)) return t.lower === 'according' ? 2 : 4;
  if ((t.lower === 'went' || t.lower === 'goes' || t.lower === 'go') && tokens[i + 1]?.lower === 'on' && tokens[i + 2]?.lower === 'to' && CUE_FORMS.has(tokens[i + 3]?.lower ?? '')) return 4;
  if ((t.lower === 'pointed' || t.lower === 'points') && tokens[i + 1]?.lower === 'out') return 2;
  // "as Jones put it", "the letter reads"
  if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it') return 2;
  if (t.lower === 'reads' && tokens[i + 1] !== undefined && /^[,.:;"“”]$/.test(tokens[i + 1]!.text)) return 1;
  if (!CUE_FORMS.has(t.lower)) return 0;
  // "continue" reports speech only next to what is said ('he continued, "..."', '"...," she
  // continued.'); "health checks will continue, officials will ..." is the aspectual verb.
  if (/^continu(?:e|es|ed|ing)$/.test(t.lower) && !continuesSpeech(tokens, i)) return 0;
  // Cues are verbs ("a tweet" is not one); the commonest are taken whatever the tagger says, and
  // a form the tagger read as a noun counts right before a quotation, a colon or "that" ("The ad claims ...").
  // ("the two lengthy investigative reports ''...''": a form the tagger reads as a noun after an
  // adjective or "the" is the plural noun; "Another notes" may be a verb's.)
  if (t.pos === 'NOUN' && (tokens[i - 1]?.pos === 'ADJ' || /^(?:the|these|those)$/.test(lowerAt(tokens, i - 1)))) return 0;
  if (ALWAYS_CUES.has(t.lower)) return 1;
  // ("the United States “must ...”": a capitalized word after another is part of a name.)
  const prev = tokens[i - 1];
  if (/^\p{Lu}/u.test(t.text) && prev !== undefined && prev.sentence === t.sentence && prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text)) return 0;
  if (t.pos === 'VERB' || t.pos === 'AUX') return compoundNoun(tokens, i) ? 0 : 1;
  const next = tokens[i + 1];
  return next !== undefined && /s$/.test(t.lower) && (/^["“«'‘`:,]/.test(next.text) || next.lower === 'that') ? 1 : 0;
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
  return t !== undefined && !soCalled(tokens, i) && SAYING_FORMS.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN') ? 1 : 0;
}
