/**
 * Trains the content-boundary models on PolNeAR train and writes
 * src/attributions/content-model.json (weights only, no text from the data).
 *
 * The attribution rules run with the models switched off. For each content they find whose cue
 * matches a gold cue, the start model walks the content's first tokens and the end model the
 * places where it could stop; each place is an example: a negative before the gold boundary, the
 * positive at it, and nothing after it (each model stops at its first positive). The end model
 * learns from contents whose start the start model has already moved.
 *
 *   npm run train:contents -- [--data ../shared/benchmarks] [--epochs 3] [--min-count 2] [--bags 5] [--seed 7]
 *                              [--folds 5] [--errors misses|losses|gains]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { endCandidates, endFeatures, startCandidates, startFeatures } from '../../src/attributions/content-bounds.js';
import type { Cue } from '../../src/attributions/cues.js';
import { findAttributions } from '../../src/attributions/index.js';
import type { Range } from '../../src/attributions/spans.js';
import type { ArticleContext } from '../../src/context.js';
import { findEntities } from '../../src/entities/index.js';
import { packBinary } from '../../src/model/linear.js';
import { findQuotes } from '../../src/quotes/index.js';
import { buildArticle } from '../../src/text/segment.js';
import { trimRange } from '../eval/score/spans.js';
import { baggedPerceptrons, option as opt } from './args.js';

const data = resolve(opt('--data', '../shared/benchmarks'));
const epochs = Number(opt('--epochs', '3'));
const folds = Number(opt('--folds', '0'));
const minCount = Number(opt('--min-count', '2'));
const bags = Number(opt('--bags', '5'));
const seed = Number(opt('--seed', '7'));
// --errors gains|losses|misses: print the cross-validation walks of that kind.
const errors = opt('--errors', '');

interface Fragment {
  start: number;
  end: number;
}
interface GoldAttribution {
  cue: { fragments: Fragment[] } | null;
  content: { fragments: Fragment[] }[] | null;
}

/** A content the rules found for a gold cue, with that cue's gold content (trimmed character offsets). */
interface Found {
  article: ArticleContext;
  text: string;
  insideQuote: Int32Array;
  cue: Cue;
  content: Range;
  gold: Fragment;
}

/**
 * One walk over a content's candidate boundaries: the features of every step; `stop`, the step
 * that is the gold boundary (-1 when none is); whether the walk is right when the model stops
 * nowhere (the rules' boundary stands); and what the model learns from it: steps up to `upto`,
 * with `teach` the positive one (-1 for none).
 */
interface Walk {
  steps: string[][];
  stop: number;
  fallbackRight: boolean;
  upto: number;
  teach: number;
  /** The content with its candidates numbered, for `--errors`. */
  shown: string;
}

type Scorer = (f: string[]) => number;

const envelope = (fr: Fragment[]): Fragment => ({ start: Math.min(...fr.map((f) => f.start)), end: Math.max(...fr.map((f) => f.end)) });

function load(file: string): Found[] {
  const out: Found[] = [];
  for (const line of readFileSync(join(data, 'polnear', file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const d = JSON.parse(line) as { text: string; attributions: GoldAttribution[] };
    const article = buildArticle(d.text, { publishedAt: null, timezone: null }, () => {});
    const entities = findEntities(article);
    const quotes = findQuotes(article, { entities });
    const seen: { cue: Cue; content: Range }[] = [];
    findAttributions(article, { entities, quotes }, {
      contentBounds: (_a, _q, cue, content) => {
        seen.push({ cue, content });
        return content;
      },
    });
    const gold = d.attributions
      .filter((g) => g.cue && g.content?.length)
      .map((g) => ({ cue: envelope(g.cue!.fragments), content: trimRange(d.text, envelope(g.content!.flatMap((c) => c.fragments))) }));
    const { tokens } = article;
    for (const { cue, content } of seen) {
      const cueStart = tokens[cue.first]!.start;
      const cueEnd = tokens[cue.last - 1]!.end;
      const start = tokens[content[0]]!.start;
      const end = tokens[content[1] - 1]!.end;
      const g = gold.find((x) => x.cue.start < cueEnd && cueStart < x.cue.end && x.content.start < end && start < x.content.end);
      if (g) out.push({ article, text: d.text, insideQuote: entities.insideQuote, cue, content, gold: g.content });
    }
  }
  return out;
}

/** Where a content of tokens [a, b) starts and ends once trimmed of edge punctuation. */
function trimmed(f: Found, a: number, b: number): Fragment {
  const { tokens } = f.article;
  return trimRange(f.text, { start: tokens[a]!.start, end: tokens[b - 1]!.end });
}

/** The content's text with each candidate's number before it, and the gold content's edges. */
function show(f: Found, content: Range, candidates: number[], edge: 'start' | 'end'): string {
  const { tokens } = f.article;
  let out = '';
  for (let k = content[0]; k < content[1]; k++) {
    const n = candidates.indexOf(k);
    out += (k > content[0] && tokens[k]!.spaceBefore ? ' ' : '') + (n >= 0 ? `|${n}|` : '') + tokens[k]!.text;
  }
  const gold = edge === 'start' ? f.text.slice(f.gold.start, f.gold.start + 30) : f.text.slice(Math.max(f.gold.start, f.gold.end - 30), f.gold.end);
  return `${out}   [cue ${tokens.slice(f.cue.first, f.cue.last).map((t) => t.text).join(' ')}] gold ${edge}: ${JSON.stringify(gold)}`;
}

function startWalk(f: Found): Walk | null {
  const [a, b] = f.content;
  const candidates = startCandidates(f.article, f.cue, f.content);
  const steps = candidates.map((j) => startFeatures(f.article, f.cue, f.content, j));
  // A gold start before the rules' is out of reach: starting at a is then the best answer.
  const shown = show(f, f.content, candidates, 'start');
  if (f.gold.start < trimmed(f, a, b).start) return { steps, stop: -1, fallbackRight: false, upto: 0, teach: 0, shown };
  const stop = candidates.findIndex((j) => trimmed(f, j, b).start === f.gold.start);
  return stop === -1 ? null : { steps, stop, fallbackRight: stop === 0, upto: stop, teach: stop, shown };
}

function endWalk(f: Found, content: Range): Walk {
  const [a, b] = content;
  const candidates = endCandidates(f.article, f.insideQuote, f.cue, content);
  const steps = candidates.map((k) => endFeatures(f.article, f.cue, content, k));
  const stop = candidates.findIndex((k) => trimmed(f, a, k).end === f.gold.end);
  const before = candidates.filter((k) => trimmed(f, a, k).end < f.gold.end).length;
  return { steps, stop, fallbackRight: trimmed(f, a, b).end === f.gold.end, upto: stop >= 0 ? stop : before - 1, teach: stop, shown: show(f, content, candidates, 'end') };
}

/** A walk is right when its first positive is the gold step, or when it has none and the fallback is right. */
function walkRight(w: Walk, score: Scorer): boolean {
  const first = w.steps.findIndex((x) => score(x) > 0);
  return first === -1 ? w.fallbackRight : first === w.stop;
}

function fit(walks: Walk[], report?: (e: number, score: Scorer) => void): Map<string, number> {
  const all = walks.flatMap((w) => w.steps.slice(0, w.upto + 1).map((features, k) => ({ features, positive: k === w.teach })));
  // Features seen fewer than --min-count times are noise the model would only memorize.
  const counts = new Map<string, number>();
  for (const e of all) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const examples = all.map((e) => ({ positive: e.positive, features: e.features.filter((f) => counts.get(f)! >= minCount) }));
  // --bags N: the average of N perceptrons trained on different orders, which steadies the model.
  return baggedPerceptrons(examples, { bags, seed, epochs }, (bag, e, model) => {
    if (bag === bags - 1 && report) report(e, scorer(model()));
  });
}

const scorer = (w: ReadonlyMap<string, number>): Scorer => (f) => f.reduce((s, x) => s + (w.get(x) ?? 0), 0);

function rate(walks: Walk[], score: Scorer): string {
  const before = walks.filter((w) => w.fallbackRight).length;
  const after = walks.filter((w) => walkRight(w, score)).length;
  const pct = (n: number) => (100 * n / Math.max(1, walks.length)).toFixed(1);
  return `${pct(before)}% -> ${pct(after)}% of ${walks.length}`;
}

/** Cross-validation on train in contiguous blocks, so that an article's contents stay together. */
function crossValidate(name: string, walks: Walk[]): void {
  if (folds < 2) return;
  let gains = 0;
  let losses = 0;
  let right = 0;
  for (let f = 0; f < folds; f++) {
    const lo = Math.floor((f * walks.length) / folds);
    const hi = Math.floor(((f + 1) * walks.length) / folds);
    const score = scorer(fit([...walks.slice(0, lo), ...walks.slice(hi)]));
    for (const w of walks.slice(lo, hi)) {
      const ok = walkRight(w, score);
      if (ok) right++;
      if (ok && !w.fallbackRight) gains++;
      if (!ok && w.fallbackRight) losses++;
      const kind = ok ? (w.fallbackRight ? '' : 'gains') : w.fallbackRight ? 'losses' : 'misses';
      if (errors !== '' && kind === errors) console.log(`${name}: stopped at ${w.steps.findIndex((x) => score(x) > 0)}, gold ${w.stop}: ${w.shown}`);
    }
  }
  const before = walks.filter((w) => w.fallbackRight).length;
  console.log(`${name}, ${folds}-fold on train: right ${(100 * before / walks.length).toFixed(1)}% -> ${(100 * right / walks.length).toFixed(1)}% (+${gains} -${losses})`);
}

function moveStart(f: Found, score: Scorer): Range {
  for (const j of startCandidates(f.article, f.cue, f.content)) if (score(startFeatures(f.article, f.cue, f.content, j)) > 0) return [j, f.content[1]];
  return f.content;
}

const train = load('train.jsonl');
const dev = load('dev.jsonl');
console.log(`contents matched to a gold cue: train ${train.length}, dev ${dev.length}`);

const startWalks = (found: Found[]) => found.map(startWalk).filter((w): w is Walk => w !== null);
const trainStarts = startWalks(train);
const devStarts = startWalks(dev);
crossValidate('starts', trainStarts);
const start = fit(trainStarts, (e, score) => console.log(`starts, last bag, epoch ${e}: train ${rate(trainStarts, score)}; dev ${rate(devStarts, score)}`));
console.log(`starts, ${bags} bagged: train ${rate(trainStarts, scorer(start))}; dev ${rate(devStarts, scorer(start))}`);

const startScore = scorer(start);
const trainEnds = train.filter((f) => f.content[1] > f.cue.last).map((f) => endWalk(f, moveStart(f, startScore)));
const devEnds = dev.filter((f) => f.content[1] > f.cue.last).map((f) => endWalk(f, moveStart(f, startScore)));
crossValidate('ends', trainEnds);
const end = fit(trainEnds, (e, score) => console.log(`ends, last bag, epoch ${e}: train ${rate(trainEnds, score)}; dev ${rate(devEnds, score)}`));
console.log(`ends, ${bags} bagged: train ${rate(trainEnds, scorer(end))}; dev ${rate(devEnds, scorer(end))}`);

const packed = { start: packBinary(start, 0.05), end: packBinary(end, 0.05) };
const out = join(import.meta.dirname, '..', '..', 'src', 'attributions', 'content-model.json');
writeFileSync(out, JSON.stringify(packed));
console.log(`written ${out} (${packed.start.features.split('\n').length} start and ${packed.end.features.split('\n').length} end features)`);
