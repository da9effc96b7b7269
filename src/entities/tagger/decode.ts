/**
 * Greedy left-to-right BILOU decoding with well-formedness constraints, shared by training
 * and tagging. A document-level history remembers which type each capitalized word was given
 * earlier in the article (the "Simmons" of a later sentence is the earlier "Phil Simmons").
 */
import { ALLOW_B, ALLOW_I, ALLOW_L, allowedPrefixes, canEnd, canFollow, labelAllowed, LABELS, N_LABELS, O } from './labels.js';
import { historyFeatures, staticFeatures, type TaggerDocument } from './features.js';

export interface Scorer {
  /** Adds the weights of `features` for every label into `out`. */
  score(features: readonly string[], out: Float64Array): void;
}

/** Called after each decision in training: return nothing, update the model as you see fit. */
export type Learner = (token: number, features: string[], predicted: number) => void;

const TYPE_INDEX: Record<string, number> = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };
const TYPE_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
const CAPITALIZED = /^\p{Lu}/u;

export function decode(doc: TaggerDocument, sentences: readonly { first: number; last: number }[], scorer: Scorer, learn?: Learner): Uint8Array {
  const labels = new Uint8Array(doc.tokens.length);
  const history = new Map<string, Int32Array>();
  const scores = new Float64Array(N_LABELS);
  for (const s of sentences) {
    let prev = -1;
    let prev2 = -1;
    for (let i = s.first; i < s.last; i++) {
      const t = doc.tokens[i]!;
      const seen = history.get(t.lower);
      const lastToken = i === s.last - 1;
      const joined = !t.spaceBefore && i > s.first && doc.tokens[i - 1]!.text === '-';
      let mask = allowedPrefixes(t.text, t.lower, doc.capsSentence[t.sentence]!, joined);
      // A name may only open or go on here if the next token can carry it on.
      if (!lastToken && (mask & (ALLOW_B | ALLOW_I)) !== 0) {
        const n = doc.tokens[i + 1]!;
        const nextMask = allowedPrefixes(n.text, n.lower, doc.capsSentence[n.sentence]!, !n.spaceBefore && t.text === '-');
        if ((nextMask & (ALLOW_I | ALLOW_L)) === 0) mask &= ~(ALLOW_B | ALLOW_I);
      }
      // When the constraints leave nothing but O (most lower-case words and punctuation), the
      // scores cannot change the outcome: tagging skips them, which is most of its cost.
      if (!learn && !anyNameLabel(prev, mask, lastToken)) {
        labels[i] = O;
        if (CAPITALIZED.test(t.text) || doc.capsSentence[t.sentence]) {
          const counts = seen ?? new Int32Array(5);
          counts[0]!++;
          history.set(t.lower, counts);
        }
        prev2 = prev;
        prev = O;
        continue;
      }
      const features = staticFeatures(doc, i, s.first, s.last);
      for (const f of historyFeatures(t.lower, prev, prev2, seen ? TYPE_NAMES[argmax(seen)] : undefined)) features.push(f);
      scores.fill(0);
      scorer.score(features, scores);
      let best = O;
      let bestScore = -Infinity;
      for (let l = 0; l < N_LABELS; l++) {
        if (!canFollow(prev, l) || (lastToken && !canEnd(l)) || !labelAllowed(l, mask)) continue;
        if (scores[l]! > bestScore) {
          bestScore = scores[l]!;
          best = l;
        }
      }
      if (learn) learn(i, features, best);
      labels[i] = best;
      if (CAPITALIZED.test(t.text) || doc.capsSentence[t.sentence]) {
        const counts = seen ?? new Int32Array(5);
        counts[best === O ? 0 : TYPE_INDEX[LABELS[best]!.slice(2)]!]!++;
        history.set(t.lower, counts);
      }
      prev2 = prev;
      prev = best;
    }
  }
  return labels;
}

function anyNameLabel(prev: number, mask: number, lastToken: boolean): boolean {
  for (let l = 1; l < N_LABELS; l++) if (canFollow(prev, l) && !(lastToken && !canEnd(l)) && labelAllowed(l, mask)) return true;
  return false;
}

function argmax(counts: Int32Array): number {
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return best;
}
