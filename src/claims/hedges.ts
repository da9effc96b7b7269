/**
 * Hedges: the words that qualify how firmly a claim is made. Modal ("may", "appears to"),
 * evidential ("reportedly", "is said to"), approximator ("an estimated", "nearly") and weasel
 * ("some say", "it is widely believed").
 */
import type { ArticleContext, Token } from '../context.js';
import {
  EVIDENTIAL_HEDGES, EVIDENTIAL_PARTICIPLES, MODAL_HEDGES, SEEM_VERBS, WEASEL_SUBJECTS, WEASEL_VERBS, WIDELY_PARTICIPLES,
} from '../lexicon/claim-words.js';
import type { HedgeKind } from '../schema/claim.js';
import { DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../text/phrases.js';
import type { QuantityDraft } from './quantities.js';

export interface HedgeDraft {
  first: number;
  last: number;
  kind: HedgeKind;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const NOT_APPROXIMATED = new Set(['the', 'a', 'an', ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);

/** Every hedge in the article, in token order. */
export function findHedges(article: ArticleContext, quantities: readonly QuantityDraft[]): HedgeDraft[] {
  const { tokens } = article;
  const out: HedgeDraft[] = [];
  const approximators = new Map<number, [number, number]>();
  for (const q of quantities) if (q.approximator) approximators.set(q.approximator[0], q.approximator);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const range = approximators.get(i);
    if (range) {
      out.push({ first: range[0], last: range[1], kind: 'approximator' });
      i = range[1] - 1;
      continue;
    }
    if (MODAL_HEDGES.has(w)) {
      // "may" as a month name or "May" capitalized mid-sentence is not a modal.
      if (w === 'may' && t.text !== 'may' && !isSentenceStart(article, i)) continue;
      if (w === 'could' || w === 'may' || w === 'might' ? isVerbAhead(tokens, i) : true) out.push({ first: i, last: i + 1, kind: 'modal' });
      continue;
    }
    if (SEEM_VERBS.has(w) && tokens[i + 1]?.lower === 'to') {
      out.push({ first: i, last: i + 2, kind: 'modal' });
      i++;
      continue;
    }
    if (EVIDENTIAL_HEDGES.has(w)) {
      out.push({ first: i, last: i + 1, kind: 'evidential' });
      continue;
    }
    // "is said to", "are believed to"
    if (BE.has(w) && EVIDENTIAL_PARTICIPLES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to' && tokens[i + 1]!.lower !== 'expected') {
      out.push({ first: i, last: i + 3, kind: 'evidential' });
      i += 2;
      continue;
    }
    // "it is believed", "it is widely thought"
    if (w === 'it' && BE.has(tokens[i + 1]?.lower ?? '')) {
      let k = i + 2;
      if (tokens[k]?.lower === 'widely' || tokens[k]?.lower === 'generally') k++;
      if (WIDELY_PARTICIPLES.has(tokens[k]?.lower ?? '') || EVIDENTIAL_PARTICIPLES.has(tokens[k]?.lower ?? '')) {
        if (tokens[k + 1]?.lower === 'that' || tokens[k + 1]?.pos !== 'ADP') {
          out.push({ first: i, last: k + 1, kind: 'weasel' });
          i = k;
          continue;
        }
      }
    }
    if (w === 'widely' && WIDELY_PARTICIPLES.has(tokens[i + 1]?.lower ?? '')) {
      out.push({ first: i, last: i + 2, kind: 'weasel' });
      i++;
      continue;
    }
    // "some say", "critics argue", "many people believe"
    if (WEASEL_SUBJECTS.has(w) && (i === 0 || !/^(of|the|to|for|in)$/.test(tokens[i - 1]!.lower))) {
      let k = i + 1;
      if (tokens[k]?.lower === 'people' || tokens[k]?.lower === 'have' || tokens[k]?.lower === 'observers') k++;
      if (WEASEL_VERBS.has(tokens[k]?.lower ?? '')) {
        out.push({ first: i, last: k + 1, kind: 'weasel' });
        i = k;
        continue;
      }
    }
    // "to near weapons-grade levels", "near zero": near before a measure, not before a place.
    if (w === 'near' && tokens[i + 1] && !NOT_APPROXIMATED.has(tokens[i + 1]!.lower) && tokens[i + 1]!.pos !== 'PROPN' && !/^[A-Z]/.test(tokens[i + 1]!.text) && tokens[i + 1]!.pos !== 'PUNCT') {
      out.push({ first: i, last: i + 1, kind: 'approximator' });
      continue;
    }
    if ((w === 'almost' || w === 'nearly' || w === 'roughly' || w === 'approximately' || w === 'virtually') && tokens[i + 1]?.pos !== 'PUNCT') {
      out.push({ first: i, last: i + 1, kind: 'approximator' });
    }
  }
  return out;
}

function isSentenceStart(article: ArticleContext, i: number): boolean {
  return article.sentences[article.tokens[i]!.sentence]!.first === i;
}

/** A modal is followed by a verb within a couple of words: "could soon face", "may not". */
function isVerbAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && tokens[k]; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'not' || t.lower === 'be' || t.lower === 'have') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}
