import { MONTH_ABBREVIATIONS, NEVER_FINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS } from '../lexicon/abbreviations.js';
import { isQuoteMark } from './quotations.js';

/** What the sentence splitter needs to know of a token. */
export interface SplitToken {
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  readonly spaceBefore: boolean;
}

const TERMINAL = /^(?:[.!?]+|…+|\.\s?\.\s?\.)$/;
/** Marks that close a quotation or bracket and stay with the sentence they end. */
const ALWAYS_CLOSING = new Set(['”', '’', '»', ')', ']', '}', '›']);
const CLOSING_IF_ATTACHED = new Set(['"', "'", '«', '‹', '“']);
const NON_STARTING_PUNCT = new Set([',', ';', ':', ')', ']', '}', '%', '-', '–', '—']);
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'PART']);
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\d/;
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;

/** Speech verbs that follow a quotation with its speaker ("... ?" Graham asked). */
const CUE_AFTER_QUOTE = new Set(['said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'wrote', 'writes', 'replied', 'continued', 'explained', 'noted', 'insisted', 'recalled', 'exclaimed', 'shouted', 'yelled', 'cried', 'wondered', 'demanded', 'tweeted', 'declared', 'answered', 'responded', 'went', 'concluded', 'joked', 'laughed', 'quipped', 'snapped', 'countered', 'argued', 'warned', 'offered', 'pressed', 'whispered', 'muttered', 'recounted', 'remarked', 'mused']);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you']);

/** Does a speaker and a speech verb start at `j` ("Graham asked", "he said", "said Jones")? */
function quotedThenCue(tokens: readonly SplitToken[], j: number, end: number, period: boolean): boolean {
  const first = tokens[j]!;
  if (CUE_AFTER_QUOTE.has(first.lower)) return true;
  if (!SPEAKER_PRONOUNS.has(first.lower) && first.pos !== 'PROPN') return false;
  for (let k = j + 1; k < Math.min(end, j + 5); k++) {
    const t = tokens[k]!;
    // After a full stop inside the quotation, '“ongoing.” He said the FBI has ...' is a new
    // sentence: the cue reports a clause of its own rather than ending the quoted one.
    if (CUE_AFTER_QUOTE.has(t.lower)) return !period || cueEndsSoon(tokens, k + 1, end);
    // '"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said': past an apposition to the cue.
    if (t.text === ',' && k > j) {
      const cue = afterApposition(tokens, k, end);
      return cue > 0 && (!period || cueEndsSoon(tokens, cue + 1, end));
    }
    // ('"...!" Scott's niece, ..., shouted': a possessive and the noun it owns make a subject too.)
    if (t.pos !== 'PROPN' && t.pos !== 'ADV' && t.text !== '.' && !(t.pos === 'PART' && /^['’]s?$/.test(t.text)) && !(t.pos === 'NOUN' && LOWER_START.test(t.text))) return false;
  }
  return false;
}

/** The cue right after an apposition that opens with the comma at `comma` ("Jones, the minister, said"), or -1. */
function afterApposition(tokens: readonly SplitToken[], comma: number, end: number): number {
  for (let m = comma + 1; m < Math.min(end, comma + 16); m++) {
    const t = tokens[m]!;
    // (A nickname in quotation marks may sit inside the name: 'Del. Marcia "Cia" Price'.)
    if (isQuoteMark(t.text) && isQuoteMark(tokens[m + 2]?.text) && UPPER_START.test(tokens[m + 1]?.text ?? '')) {
      m += 2;
      continue;
    }
    if (isQuoteMark(t.text) || /^[!?;:]$/.test(t.text)) return -1;
    if (t.text === ',') return m > comma + 1 && CUE_AFTER_QUOTE.has(tokens[m + 1]?.lower ?? '') ? m + 1 : -1;
  }
  return -1;
}

/** Does the sentence end within a few words after a cue ('he said.', 'he said on Tuesday.', 'he said,')? */
function cueEndsSoon(tokens: readonly SplitToken[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const t = tokens[k]!;
    // ('“...” Cruz says, “That is ...”' introduces a quotation of its own: a new sentence)
    if ((t.text === ',' || t.text === ':') && isQuoteMark(tokens[k + 1]?.text)) return false;
    if (/^[.,;!?]$/.test(t.text)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') return false;
  }
  return from >= end;
}

function isCloser(t: SplitToken): boolean {
  return ALWAYS_CLOSING.has(t.text) || (!t.spaceBefore && CLOSING_IF_ATTACHED.has(t.text));
}

/** Does the token at `next` look like the first word of a new sentence? */
function opensSentence(next: SplitToken): boolean {
  if (SENTENCE_OPENERS.has(next.lower)) return true;
  return UPPER_START.test(next.text) && FUNCTION_POS.has(next.pos);
}

/**
 * Decides whether a sentence ends after the token `tokens[i]` (within one paragraph,
 * `end` being the paragraph's last token index + 1). Returns the index of the first token of
 * the next sentence, or -1 when the sentence goes on.
 */
export function sentenceBreakAfter(tokens: readonly SplitToken[], i: number, end: number): number {
  const tok = tokens[i] as SplitToken;
  const isTerminal = TERMINAL.test(tok.text);
  const isAbbrev = !isTerminal && tok.text.length > 1 && tok.text.endsWith('.');
  if (!isTerminal && !isAbbrev) return -1;
  let j = i + 1;
  while (j < end && isCloser(tokens[j] as SplitToken)) j++;
  if (j >= end) return -1; // the paragraph ends anyway
  const next = tokens[j] as SplitToken;
  if (NON_STARTING_PUNCT.has(next.text) || LOWER_START.test(next.text)) return -1;

  // '"Does anybody know?" Graham asked.' and '"Stop!" he said.': the cue after a closing mark
  // belongs to the quoted sentence.
  if (j > i + 1 && quotedThenCue(tokens, j, end, tok.text === '.')) return -1;

  if (isTerminal) {
    if (tok.text === '.' && i > 0) {
      const prev = tokens[i - 1] as SplitToken;
      // "R. J. Smith": a single capital letter before the period is an initial.
      if (!tok.spaceBefore && /^\p{Lu}$/u.test(prev.text) && next.pos === 'PROPN' && !opensSentence(next)) return -1;
    }
    return j;
  }

  // An abbreviation ending in a period.
  const lower = tok.lower;
  if (NEVER_FINAL_ABBREVIATIONS.has(lower) || SINGLE_INITIAL.test(tok.text)) return -1;
  if (NUMBER_ABBREVIATIONS.has(lower)) return DIGIT_START.test(next.text) ? -1 : j;
  if (MONTH_ABBREVIATIONS.has(lower)) {
    return DIGIT_START.test(next.text) || !opensSentence(next) ? -1 : j;
  }
  if (j > i + 1) return j; // 'the U.S." He': a closing mark after it settles it
  // 'the pork added in. "People who ...': a quotation opening a capitalized sentence after it.
  // (Two apostrophes or backticks, a token each, open one in some archives: "Fla. ''She".)
  const twoMarks = /^['`]$/.test(next.text) && tokens[j + 1]?.text === next.text && !tokens[j + 1]!.spaceBefore;
  const opensQuote = (/^["“«]$/.test(next.text) || twoMarks) && next.spaceBefore && UPPER_START.test(tokens[j + (twoMarks ? 2 : 1)]?.text ?? '');
  if (INITIALISM.test(tok.text) || tok.text.length <= 5) return opensSentence(next) || (opensQuote && !INITIALISM.test(tok.text)) ? j : -1;
  return opensSentence(next) || next.pos !== 'PROPN' ? j : -1;
}
