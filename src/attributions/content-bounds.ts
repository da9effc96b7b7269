/**
 * Where a reported content starts and ends. The rules in spans.ts read a content to the end of its
 * clause and from the first word after the cue; PolNeAR often ends it earlier, before an adjunct
 * of the reporting verb ("endorsed Cruz [in February]"), an aside (", a 16-point margin over
 * Sanders") or a second clause (", and NBC News will ..."), and starts it later ("weighed in [on]
 * their picks", "[As it stands,] Sanders needs ..."). Two small trained models walk the places
 * where the content could start (its first few tokens; for a content before its cue, the places
 * after a comma or a conjunction) and end (commas, dashes, prepositions, conjunctions, a
 * participle after a noun, a relative pronoun), and each stops at the first place it scores
 * positive.
 *
 * Features and candidates are shared with the training script (test/train/contents.ts).
 */
import type { ArticleContext, Token } from '../context.js';
import { BinaryScorer, type PackedBinaryModel } from '../model/linear.js';
import { isQuoteMark } from '../text/quotations.js';
import type { Cue } from './cues.js';
import model from './content-model.json';
import type { Range } from './spans.js';

const BREAK_TEXT = new Set([',', ';', ':', '—', '–', '-', '--', '(']);
const BREAK_TAGS = new Set(['ADP', 'SCONJ', 'CCONJ']);
const BREAK_WORDS = new Set(['when', 'where', 'as', 'then', 'so', 'because', 'while', 'after', 'before', 'until', 'despite', 'including']);

const TIME_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);

const isFinite = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)));

/** One word for a token: its punctuation, a function word, or its part of speech. */
function kind(t: Token | undefined): string {
  if (t === undefined) return '</s>';
  if (isQuoteMark(t.text)) return 'Q';
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return t.text;
  if (BREAK_TAGS.has(t.pos) || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'PART' || BREAK_WORDS.has(t.lower)) return t.lower;
  if (t.pos === 'VERB' && /ing$/.test(t.lower)) return 'VBG';
  return t.pos;
}

/** Where a content lies against its cue: '' after it, '<' before it, '^' around it. */
const placeOf = (cue: Cue, content: Range): string => (content[0] >= cue.last ? '' : content[1] <= cue.first ? '<' : '^');

const bucket = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : '17+');

/**
 * The token positions k where content [a, b) could stop (becoming [a, k)): before a break
 * token, never inside a quotation that opened within the content.
 */
export function endCandidates(article: ArticleContext, insideQuote: Int32Array, cue: Cue, content: Range): number[] {
  const { tokens } = article;
  const [a, b] = content;
  const outer = article.quotations.filter((q) => !q.nested);
  const start = tokens[a]!.start;
  const out: number[] = [];
  // A content around its cue ("The plan, he said, is dead") ends after it.
  for (let k = Math.max(a + 2, cue.last + 1); k < b; k++) {
    const t = tokens[k]!;
    // A hyphen inside a word ("four-man") is no break.
    if (t.text === '-' && !t.spaceBefore && tokens[k + 1]?.spaceBefore === false) continue;
    // "the crowd | waving signs", "the mayor | who marched"
    const extra = (t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k - 1]!.pos === 'NOUN') || /^(?:who|which|whose)$/.test(t.lower);
    if (!(BREAK_TEXT.has(t.text) || BREAK_TAGS.has(t.pos) || BREAK_WORDS.has(t.lower) || extra)) continue;
    const q = insideQuote[k]!;
    if (q >= 0 && q === insideQuote[k - 1] && outer[q]!.start >= start) continue;
    out.push(k);
  }
  return out;
}

/** Features of stopping content [a, b) of `cue` before token k. */
export function endFeatures(article: ArticleContext, cue: Cue, content: Range, k: number): string[] {
  const { tokens } = article;
  const [a, b] = content;
  // k may be b itself: the option of stopping where the rules stopped.
  const t = tokens[k];
  const here = kind(t);
  const n1 = kind(tokens[k + 1]);
  const n2 = kind(tokens[k + 2]);
  const p1 = kind(tokens[k - 1]);
  const first = kind(tokens[a]);
  let verbBefore = false;
  for (let i = a; i < k; i++) if (isFinite(tokens[i])) verbBefore = true;
  let verbAfter = false;
  for (let i = k + 1; i < Math.min(b, k + 8); i++) if (isFinite(tokens[i])) verbAfter = true;
  let commas = 0;
  for (let i = a; i < k; i++) if (tokens[i]!.text === ',') commas++;
  // The noun after the break and the word before it: "support | of waterboarding" against "| at a rally", "| on Monday".
  let noun = '-';
  for (let i = k + 1; i < Math.min(b, k + 5); i++) {
    const u = tokens[i]!;
    if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'NUM') {
      noun = u.pos === 'NOUN' ? u.lower : u.pos === 'NUM' ? 'NUM' : TIME_NAMES.has(u.lower) ? 'TIME' : 'PROPN';
      break;
    }
    if (isFinite(u)) break;
  }
  const before = tokens[k - 1]!;
  const head = before.pos === 'NOUN' ? before.lower : before.pos;
  const clausal = verbBefore || /^(?:that|whether|if|how|why|what|who|when|where)$/.test(tokens[a]!.lower) || isQuoteMark(tokens[a]!.text);
  const toEnd = b >= article.sentences[tokens[b - 1]!.sentence]!.last - 1;
  const clause = `${verbBefore ? 'V' : '-'}${verbAfter ? 'V' : '-'}`;
  return [
    'b',
    `k=${here}`,
    `k=${here}|n1=${n1}`,
    `k=${here}|n1=${n1}|n2=${n2}`,
    `p1=${p1}|k=${here}`,
    `w1=${tokens[k + 1]?.lower ?? '</s>'}|k=${here}`,
    `cue=${cue.lemma}`,
    `cue=${cue.lemma}|k=${here}`,
    `first=${first}|k=${here}`,
    `first=${first}|k=${here}|n1=${n1}`,
    `len=${bucket(k - a)}|k=${here}`,
    `rest=${bucket(b - k)}|k=${here}`,
    `toEnd=${toEnd}|k=${here}`,
    `clause=${clause}|k=${here}`,
    `clause=${clause}|k=${here}|n1=${n1}`,
    `commas=${Math.min(commas, 3)}|k=${here}`,
    `place=${placeOf(cue, content)}|first=${first}|k=${here}`,
    `place=${placeOf(cue, content)}|k=${here}|n1=${n1}`,
    `noun=${noun}|k=${here}`,
    `noun=${noun}|k=${here}|clausal=${clausal}`,
    `head=${head}|k=${here}`,
    `clausal=${clausal}|k=${here}|n1=${n1}`,
  ];
}

/**
 * The token positions j where content [a, b) could start instead (becoming [j, b)). After the
 * cue: a and the few tokens after it ("on | their picks", "by saying, | ..."). Before the cue: a
 * and each place after a comma, a dash or a conjunction ("As it stands, | Sanders needs ...").
 */
export function startCandidates(article: ArticleContext, cue: Cue, content: Range): number[] {
  const { tokens } = article;
  const [a, b] = content;
  const out: number[] = [a];
  if (a < cue.first) {
    for (let j = a + 1; j < Math.min(b - 1, cue.first); j++) {
      const p = tokens[j - 1]!;
      if (BREAK_TEXT.has(p.text) || p.pos === 'CCONJ') out.push(j);
    }
    return out;
  }
  for (let j = a + 1; j < Math.min(b - 1, a + START_WINDOW); j++) {
    // Never inside a word: "right-to-work", "he’d".
    if (!tokens[j]!.spaceBefore && /[\p{L}\p{N}]/u.test(tokens[j - 1]!.text + tokens[j]!.text.slice(0, 1))) continue;
    out.push(j);
  }
  return out;
}
const START_WINDOW = 10;

/** Features of starting content [a, b) of `cue` at token j. */
export function startFeatures(article: ArticleContext, cue: Cue, content: Range, j: number): string[] {
  const { tokens } = article;
  const [a] = content;
  const here = kind(tokens[j]);
  const p1 = j > a ? kind(tokens[j - 1]) : 'START';
  const p2 = j > a + 1 ? kind(tokens[j - 2]) : 'START';
  const n1 = kind(tokens[j + 1]);
  let verbBefore = false;
  for (let i = a; i < j; i++) if (isFinite(tokens[i]) || tokens[i]!.pos === 'VERB') verbBefore = true;
  const skipped = j - a;
  const gap = cue.last === a ? 'adjacent' : 'apart';
  const lemma = cue.lemma;
  const features = [
    'b',
    `j=${here}`,
    `j=${here}|p1=${p1}`,
    `j=${here}|p1=${p1}|p2=${p2}`,
    `j=${here}|n1=${n1}`,
    `w=${tokens[j]!.lower}|skipped=${Math.min(skipped, 2)}`,
    `pw=${j > a ? tokens[j - 1]!.lower : 'START'}|j=${here}`,
    `cue=${lemma}|skipped=${Math.min(skipped, 2)}`,
    `cue=${lemma}|p1=${p1}|j=${here}`,
    `skipped=${bucket(skipped)}|j=${here}`,
    `verb=${verbBefore}|j=${here}|p1=${p1}`,
    `gap=${gap}|first=${kind(tokens[a])}|skipped=${Math.min(skipped, 2)}`,
    `first=${kind(tokens[a])}|p1=${p1}|j=${here}`,
  ];
  // Contents before or around their cue start by other conventions: their features are their own.
  const place = placeOf(cue, content);
  return place === '' ? features : features.map((f) => `${place}${f}`);
}

interface Models {
  start: BinaryScorer;
  end: BinaryScorer;
}
let models: Models | undefined;

/** Content [a, b) started and cut where the models say, or unchanged. A content that ends before its cue keeps its end. */
export function boundContent(article: ArticleContext, insideQuote: Int32Array, cue: Cue, content: Range): Range {
  models ??= { start: new BinaryScorer(model.start as PackedBinaryModel), end: new BinaryScorer(model.end as PackedBinaryModel) };
  let [a, b] = content;
  for (const j of startCandidates(article, cue, content)) {
    if (models.start.score(startFeatures(article, cue, content, j)) > 0) {
      a = j;
      break;
    }
  }
  if (b <= cue.last) return [a, b];
  for (const k of endCandidates(article, insideQuote, cue, [a, b])) {
    if (models.end.score(endFeatures(article, cue, [a, b], k)) > 0) return [a, k];
  }
  return [a, b];
}
