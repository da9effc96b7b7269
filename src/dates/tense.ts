/** The tense of the clause around a date expression, from the nearest verb or future marker. */
import type { ArticleContext } from '../context.js';

const FUTURE_WORDS = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'tomorrow', 'until', 'upcoming', 'scheduled', 'postponed', 'deferred', 'adjourned', 'expected']);
const FUTURE_BEFORE_TO = new Set(['going', 'plans', 'plan', 'planned', 'expected', 'expects', 'scheduled', 'set', 'due', 'intends', 'aims', 'hopes', 'wants', 'seeks', 'poised', 'slated', 'is', 'are', 'was', 'were']);
const PAST_FORMS = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'went', 'came', 'took', 'made', 'met', 'left', 'saw', 'gave', 'got', 'found',
  'began', 'held', 'led', 'won', 'lost', 'fell', 'rose', 'paid', 'sold', 'bought', 'sent', 'spent', 'became', 'brought',
  'thought', 'knew', 'felt', 'kept', 'ran', 'wrote', 'spoke', 'stood', 'grew', 'drew', 'flew', 'threw', 'chose', 'broke',
  'struck', 'shot', 'hit', 'quit', 'put', 'cut', 'set', 'let', 'read', 'heard', 'meant', 'built', 'sought', 'taught', 'caught',
  'fought', 'ago', 'yesterday', 'last',
]);
const PRESENT_FORMS = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', "'s", '’s']);

export type Tense = 'past' | 'present' | 'future';

function tenseOf(lower: string, pos: string, prev: string | undefined): Tense | null {
  if (FUTURE_WORDS.has(lower)) return 'future';
  if (lower === 'to' && prev !== undefined && FUTURE_BEFORE_TO.has(prev)) return 'future';
  if (pos !== 'VERB' && pos !== 'AUX' && lower !== 'ago' && lower !== 'yesterday' && lower !== 'last') return null;
  if (PAST_FORMS.has(lower) || (/[a-z]ed$/.test(lower) && lower.length > 4 && pos === 'VERB')) return 'past';
  if (PRESENT_FORMS.has(lower) || (pos === 'VERB' && /s$/.test(lower))) return 'present';
  return null;
}

const PERFECT = new Set(['has', 'have', "'ve", '’ve']);
const BE_PARTICIPLE = new Set(['be', 'been', 'being']);

/** The tense an auxiliary gives the participle at `i` ("will be paid", "has set"), or null. */
function auxiliaryTense(tokens: readonly { lower: string; pos: string }[], i: number, floor: number): Tense | null {
  let k = i - 1;
  while (k >= floor && tokens[k]!.pos === 'ADV') k--;
  const w = tokens[k]?.lower;
  if (w === undefined || k < floor) return null;
  if (PERFECT.has(w)) return 'present';
  if (!BE_PARTICIPLE.has(w)) return null;
  let j = k - 1;
  while (j >= floor && (tokens[j]!.pos === 'ADV' || PERFECT.has(tokens[j]!.lower))) j--;
  const a = tokens[j]?.lower;
  if (a === undefined || j < floor) return null;
  if (FUTURE_WORDS.has(a)) return 'future';
  if (a === 'to' && FUTURE_BEFORE_TO.has(tokens[j - 1]?.lower ?? '')) return 'future';
  return null;
}

/** How far from the expression a verb still sets its tense, in tokens. */
const BEFORE = 8;
const AFTER = 5;

/**
 * Tense for an expression over tokens [first, last): the nearest marker before it in its clause,
 * else after; with its distance in tokens (a verb right before a date governs it most surely).
 */
export function tenseAt(article: ArticleContext, first: number, last: number): { tense: Tense; distance: number } {
  const { tokens } = article;
  const s = article.sentences[tokens[first]!.sentence]!;
  for (let i = first - 1; i >= Math.max(s.first, first - BEFORE); i--) {
    const t = tokens[i]!;
    const tense = tenseOf(t.lower, t.pos, tokens[i - 1]?.lower);
    if (tense === 'past' && t.pos !== 'ADP' && t.lower !== 'ago' && t.lower !== 'last') {
      // A participle takes its tense from the auxiliary before it: "will be paid Dec. 14" is
      // future, "has set Nov. 10 as the deadline" present.
      const aux = auxiliaryTense(tokens, i, s.first);
      if (aux) return { tense: aux, distance: first - i };
    }
    if (tense) return { tense, distance: first - i };
  }
  for (let i = last; i < Math.min(s.last, last + AFTER); i++) {
    const t = tokens[i]!;
    const tense = tenseOf(t.lower, t.pos, tokens[i - 1]?.lower);
    if (tense) return { tense, distance: i - last + 1 };
  }
  return { tense: 'present', distance: Infinity };
}
