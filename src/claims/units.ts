/**
 * Claim units: the clauses of an article that could each be checked on their own.
 *
 * - What an attribution reports ("officials said [Musk met the envoy]") is a unit owned by that
 *   attribution, with any attribution nested inside it carved out.
 * - What is left of a sentence outside reported material is a unit in the article's own voice,
 *   split where coordination joins independent statements ("; ", ", but").
 * - A non-restrictive relative clause (", who pumped $200 million ...,") is a unit of its own,
 *   owned like the clause around it.
 * Questions, greetings, commands, verbless fragments and credit lines are not claims.
 */
import type { ArticleContext, Token } from '../context.js';
import { NON_ASSERTION_OPENINGS, SEEM_VERBS } from '../lexicon/claim-words.js';
import type { Attribution, Credit } from '../schema/attribution.js';
import { firstNotBefore } from '../text/bisect.js';

export interface Unit {
  first: number;
  last: number;
  /** The attribution that reports it, or null for the article's own voice. */
  owner: string | null;
  /** Relative clauses inside it that are units of their own. */
  nested: [number, number][];
  relative: boolean;
  /** For a relative clause, the first token of the noun phrase it describes ("Iran's nuclear program"). */
  antecedent: number;
}

type Range = [number, number];

const LEADING = new Set([
  'that', 'and', 'but', 'or', 'so', 'yet', 'however', 'meanwhile', 'still', 'also', 'moreover', 'furthermore', 'additionally',
  'indeed', 'instead', 'nevertheless', 'nonetheless', 'though', 'plus', 'well', 'now', 'uh', 'um', 'oh', 'look', 'whereas', 'while',
]);
const SPLITTERS = new Set(['but', 'yet', 'while', 'whereas', 'although', 'though']);
const EDGE_PUNCT = /^[,;:.!?\-–—()[\]"“”„«»‘’'`…]+$/;
const CLAUSE_END = new Set([',', ';', '—', '–', ')', ':']);

/** First token whose start is at or after `offset` (tokens are sorted). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstNotBefore(tokens.length, (k) => tokens[k]!.start < offset);
}

export function rangeOf(tokens: readonly Token[], span: { start: number; end: number }): Range {
  return [tokenAt(tokens, span.start), tokenAt(tokens, span.end)];
}

const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);

function hasVerb(tokens: readonly Token[], r: Range, finite = false): boolean {
  for (let i = r[0]; i < r[1]; i++) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !(finite && /ing$/.test(t.lower)))) return true;
    // The tagger reads some verbs as nouns ("the law bans the sale"): an -s or -ed word between a
    // noun phrase and a determiner, pronoun, preposition or number acts as the verb.
    if (i > r[0] && i + 1 < r[1] && /[a-z](?:s|ed)$/.test(t.text) && /^(?:NOUN|PROPN|PRON)$/.test(tokens[i - 1]!.pos) && /^(?:DET|PRON|ADP|NUM)$/.test(tokens[i + 1]!.pos)) return true;
  }
  return false;
}

/** Is an attribution's content a clause that asserts something (not "to reinstitute ...", not a noun phrase)? */
function isClausalContent(tokens: readonly Token[], a: Attribution, c: Range): boolean {
  if (a.source === null) return false;
  let k = c[0];
  while (k < c[1] && EDGE_PUNCT.test(tokens[k]!.text)) k++;
  if (tokens[k]?.lower === 'to' || tokens[k]?.lower === 'for' || tokens[k]?.lower === 'about') return false;
  // "urged the West to lift sanctions ...": an object and an infinitive ask for something, they assert nothing.
  for (let i = k; i < c[1]; i++) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') {
      if (tokens[i - 1]?.lower === 'to' && i - 1 > k) return false;
      break;
    }
  }
  return hasVerb(tokens, c);
}

export function findUnits(article: ArticleContext, attributions: readonly Attribution[], credits: readonly Credit[]): Unit[] {
  const { tokens, sentences } = article;
  const reporting = attributions
    .map((a) => ({ a, content: rangeOf(tokens, a.content) }))
    .filter((x) => isClausalContent(tokens, x.a, x.content))
    .map((x) => {
      const cue = x.a.cue ? rangeOf(tokens, x.a.cue) : x.content;
      const extent: Range = [Math.min(cue[0], x.content[0]), Math.max(cue[1], x.content[1])];
      // The source is part of the reporting frame when it stands next to its cue ("officials
      // said", "said Jones"); a subject shared with an earlier verb ("Musk met the envoy and
      // discussed ...", "He withdrew ..., calling it") belongs to a clause of its own.
      if (x.a.source) {
        const source = rangeOf(tokens, x.a.source);
        let adjacent = true;
        if (source[1] <= cue[0]) for (let i = source[1]; i < cue[0]; i++) if (!/^(?:ADV|AUX|PART)$/.test(tokens[i]!.pos)) adjacent = false;
        if (adjacent) {
          extent[0] = Math.min(extent[0], source[0]);
          extent[1] = Math.max(extent[1], source[1]);
        }
      }
      return { ...x, extent };
    });
  const covered = new Uint8Array(tokens.length);
  for (const r of reporting) covered.fill(1, r.extent[0], r.extent[1]);
  const creditRanges = credits.map((c) => rangeOf(tokens, c));

  const pieces: { range: Range; owner: string | null }[] = [];
  // The article's own voice: what lies outside every reported stretch.
  for (const s of sentences) {
    if (creditRanges.some((c) => c[0] < s.last && s.first < c[1] && c[1] - c[0] > (s.last - s.first) / 2)) continue;
    let i = s.first;
    while (i < s.last) {
      while (i < s.last && covered[i]) i++;
      const start = i;
      while (i < s.last && !covered[i]) i++;
      if (i > start) for (const part of splitCoordination(tokens, [start, i])) pieces.push({ range: part, owner: null });
    }
  }
  // What each attribution reports, less what attributions nested in it report.
  const children = new Map<string, typeof reporting>();
  for (const o of reporting) {
    if (o.a.parentId === null) continue;
    const list = children.get(o.a.parentId);
    if (list) list.push(o);
    else children.set(o.a.parentId, [o]);
  }
  for (const r of reporting) {
    const holes = children.get(r.a.id) ?? [];
    const mask = new Uint8Array(r.content[1] - r.content[0]);
    for (const h of holes) mask.fill(1, h.extent[0] - r.content[0], h.extent[1] - r.content[0]);
    let i = r.content[0];
    while (i < r.content[1]) {
      while (i < r.content[1] && mask[i - r.content[0]]) i++;
      const start = i;
      const sentence = i < r.content[1] ? tokens[i]!.sentence : -1;
      while (i < r.content[1] && !mask[i - r.content[0]] && tokens[i]!.sentence === sentence) i++;
      if (i > start) for (const part of splitCoordination(tokens, [start, i])) pieces.push({ range: part, owner: r.a.id });
    }
  }

  // Evidentials ("reportedly") by token; a piece is owned by the first of them (in attribution order) it holds.
  // ("X appeared to ..." has no source either, but it is the article's own hedge: see hedges.ts.)
  const evidentialAt = new Map<number, number>();
  attributions.forEach((a, k) => {
    if (a.source !== null || !a.cue || SEEM_VERBS.has(a.cue.text.toLowerCase().split(/\s+/).pop() ?? '')) return;
    const at = tokenAt(tokens, a.cue.start);
    if (!evidentialAt.has(at)) evidentialAt.set(at, k);
  });
  const evidentialIn = (r: Range): string | null => {
    let best = Infinity;
    for (let i = r[0]; i < r[1]; i++) best = Math.min(best, evidentialAt.get(i) ?? Infinity);
    return best === Infinity ? null : attributions[best]!.id;
  };
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (const p of pieces) {
    const range = trim(tokens, p.range, p.owner !== null);
    if (!range || !isAssertion(article, range)) continue;
    const owner = p.owner ?? evidentialIn(range);
    const relatives = relativeClauses(tokens, range);
    const key = `${range[0]}:${range[1]}`;
    if (!seen.has(key)) {
      seen.add(key);
      units.push({ first: range[0], last: range[1], owner, nested: relatives, relative: false, antecedent: range[0] });
    }
    for (const rc of relatives) {
      const k = `${rc[0]}:${rc[1]}`;
      if (seen.has(k)) continue;
      seen.add(k);
      units.push({ first: rc[0], last: rc[1], owner, nested: [], relative: true, antecedent: antecedentOf(tokens, rc[0] - 1, range[0]) });
    }
  }
  return units.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** Trims connectives, quotation marks and punctuation from both ends; null when nothing is left. */
function trim(tokens: readonly Token[], r: Range, reported: boolean): Range | null {
  let [a, b] = r;
  for (;;) {
    const t = tokens[a];
    if (a >= b || !t) break;
    // "that" opens reported speech as a complementizer; in the article's own voice it is a pronoun.
    const connective = LEADING.has(t.lower) && (t.lower !== 'that' || reported);
    if (EDGE_PUNCT.test(t.text) || (connective && a + 1 < b && !/^(?:is|are|was|were|'s)$/.test(tokens[a + 1]!.lower))) a++;
    else break;
  }
  while (b > a && EDGE_PUNCT.test(tokens[b - 1]!.text)) b--;
  // "... met the envoy and reportedly [discussed ...]": a conjunction left dangling by a clause
  // that went to another unit goes too, with an adverb after it.
  let k = b;
  while (k > a && tokens[k - 1]!.pos === 'ADV') k--;
  if (k > a + 1 && tokens[k - 1]!.pos === 'CCONJ') b = k - 1;
  while (b > a && EDGE_PUNCT.test(tokens[b - 1]!.text)) b--;
  return b > a ? [a, b] : null;
}

/** Splits a stretch where independent statements are joined: "; ", ", but ...". */
function splitCoordination(tokens: readonly Token[], r: Range): Range[] {
  const out: Range[] = [];
  let start = r[0];
  for (let i = r[0] + 1; i < r[1] - 1; i++) {
    const t = tokens[i]!;
    const split = t.text === ';' || (t.text === ',' && SPLITTERS.has(tokens[i + 1]!.lower));
    if (split && i - start >= 4 && r[1] - i >= 4) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, r[1]]);
  return out;
}

/** Non-restrictive relative clauses: ", who ...", "— which ...", running to the next clause break. */
function relativeClauses(tokens: readonly Token[], r: Range): Range[] {
  const out: Range[] = [];
  for (let i = r[0] + 1; i < r[1] - 3; i++) {
    const w = tokens[i]!.lower;
    if (w !== 'who' && w !== 'which') continue;
    const before = tokens[i - 1]!.text;
    if (before !== ',' && before !== '—' && before !== '–' && before !== '(') continue;
    let end = i + 1;
    while (end < r[1] && !CLAUSE_END.has(tokens[end]!.text)) end++;
    const words = tokens.slice(i + 1, end).filter(isWord).length;
    if (words >= 3 && end - i < 60) out.push([i, end]);
  }
  return out;
}

const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);

/** The start of the noun phrase before a relative clause's comma or dash. */
function antecedentOf(tokens: readonly Token[], mark: number, floor: number): number {
  let k = mark;
  while (k > floor && (NOUN_PHRASE.has(tokens[k - 1]!.pos) || /^['’]s$/.test(tokens[k - 1]!.text))) k--;
  return k;
}

/** Is this stretch a statement (not a question, greeting, command or verbless fragment)? */
function isAssertion(article: ArticleContext, r: Range): boolean {
  const { tokens, sentences } = article;
  let words = 0;
  for (let i = r[0]; i < r[1]; i++) if (isWord(tokens[i]!)) words++;
  if (words < 4) return false;
  // A statement has a finite verb: "citing specific cases in Ohio" and "Other Congressmen
  // including Conyers" do not assert anything by themselves.
  if (!hasVerb(tokens, r, true)) return false;
  const first = tokens[r[0]]!;
  if (NON_ASSERTION_OPENINGS.has(first.lower) && first.pos !== 'PROPN' && first.pos !== 'NOUN') return false;
  // A question: the sentence it ends in closes with "?".
  const s = sentences[tokens[r[1] - 1]!.sentence]!;
  let k = r[1];
  while (k < s.last && EDGE_PUNCT.test(tokens[k]!.text) && tokens[k]!.text !== '?') k++;
  if (tokens[k]?.text === '?' && k < s.last) return false;
  return true;
}
