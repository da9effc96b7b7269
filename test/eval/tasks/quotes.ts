import { join } from 'node:path';
import { createAnalyzer } from '../../../src/index.js';
import { envelope, type PolnearDoc, readJsonl } from '../data.js';
import { compromiseQuotes } from '../peers/compromise.js';
import { addCounts, prf, type PRF } from '../score/prf.js';
import { quoteSegments } from '../score/quotes.js';
import { exactSimilarity, matchRanges, overlap, overlapSimilarity, type Range, trimRange } from '../score/spans.js';
import type { TaskOptions, TaskReport } from '../report.js';

interface GoldQuote extends Range {
  sources: Range[];
  sourceTexts: string[];
}

/**
 * A content's envelope, widened where its edge cuts a two-apostrophe mark in half: some PolNeAR
 * contents start at the second apostrophe of an opening `''` or end after the first of a closing one.
 */
function wholeMarks(text: string, r: Range): Range {
  const start = text.slice(r.start - 1, r.start + 1) === "''" && text[r.start - 2] !== "'" ? r.start - 1 : r.start;
  const end = text.slice(r.end - 1, r.end + 1) === "''" && text[r.end + 1] !== "'" ? r.end + 1 : r.end;
  return { start, end };
}

/** Gold quote units of a PolNeAR document: quote-mark segments inside attribution contents. */
export function goldQuotes(doc: PolnearDoc): GoldQuote[] {
  const byKey = new Map<string, GoldQuote>();
  for (const a of doc.attributions) {
    const source = a.source ? envelope(a.source) : null;
    for (const c of a.content) {
      const env = wholeMarks(doc.text, envelope(c));
      for (const seg of quoteSegments(doc.text, env.start, env.end)) {
        const r = trimRange(doc.text, seg);
        if (r.end <= r.start) continue;
        const key = `${r.start}:${r.end}`;
        const g = byKey.get(key) ?? { ...r, sources: [], sourceTexts: [] };
        if (source) {
          g.sources.push(source);
          g.sourceTexts.push(doc.text.slice(source.start, source.end));
        }
        byKey.set(key, g);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start);
}

const normName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Whether a predicted speaker name and a gold source text name the same one (whole-word containment). */
export function namesMatch(predicted: string | null | undefined, gold: string): boolean {
  if (!predicted) return false;
  const p = normName(predicted);
  const g = normName(gold);
  if (p === '' || g === '') return false;
  return p === g || ` ${g} `.includes(` ${p} `) || ` ${p} `.includes(` ${g} `);
}

export function runQuotes(opts: TaskOptions): TaskReport {
  const file = `polnear/${opts.split}.jsonl`;
  let docs = readJsonl<PolnearDoc>(opts.data, file);
  if (opts.limit) docs = docs.slice(0, opts.limit);
  const analyzer = createAnalyzer({ include: ['quotes'] });
  let oursExact = prf(0, 0, 0);
  let oursOverlap = prf(0, 0, 0);
  let peerExact = prf(0, 0, 0);
  let peerOverlap = prf(0, 0, 0);
  let speakerJudged = 0;
  let speakerRight = 0;
  let goldCount = 0;
  const misses: unknown[] = [];
  for (const doc of docs) {
    const gold = goldQuotes(doc);
    goldCount += gold.length;
    const analysis = analyzer.analyze(doc.text, { publishedAt: doc.publishedAt });
    const quotes = analysis.quotes.filter((q) => q.kind !== 'nonspeech');
    const pred = quotes.map((q) => trimRange(doc.text, q));
    const exact = matchRanges(pred, gold, exactSimilarity, 1);
    oursExact = addCounts(oursExact, prf(exact.length, pred.length - exact.length, gold.length - exact.length));
    const loose = matchRanges(pred, gold, overlapSimilarity, 1e-12);
    oursOverlap = addCounts(oursOverlap, prf(loose.length, pred.length - loose.length, gold.length - loose.length));
    for (const [i, j] of loose) {
      const g = gold[j]!;
      if (g.sources.length === 0) continue;
      speakerJudged++;
      const sp = quotes[i]!.speaker;
      const ok = (sp?.mention != null && g.sources.some((s) => overlap(s, sp.mention!))) || g.sourceTexts.some((t) => namesMatch(sp?.name, t));
      if (ok) speakerRight++;
      else if (misses.length < 200) misses.push({ doc: doc.id, quote: doc.text.slice(g.start, g.end).slice(0, 80), gold: g.sourceTexts, predicted: sp?.name ?? null, mention: sp?.mention?.text ?? null });
    }
    if (opts.peers) {
      const peer = compromiseQuotes(doc.text).map((r) => trimRange(doc.text, r)).filter((r) => r.end > r.start);
      const pe = matchRanges(peer, gold, exactSimilarity, 1).length;
      peerExact = addCounts(peerExact, prf(pe, peer.length - pe, gold.length - pe));
      const po = matchRanges(peer, gold, overlapSimilarity, 1e-12).length;
      peerOverlap = addCounts(peerOverlap, prf(po, peer.length - po, gold.length - po));
    }
  }
  const row = (e: PRF, o: PRF, speaker: number | null) => ({
    'exact P': e.p, 'exact R': e.r, 'exact F1': e.f1, 'overlap P': o.p, 'overlap R': o.r, 'overlap F1': o.f1, 'speaker acc': speaker,
  });
  const rows = [{ system: 'presslens', values: row(oursExact, oursOverlap, speakerJudged ? (100 * speakerRight) / speakerJudged : 0) }];
  if (opts.peers) rows.push({ system: 'compromise .quotations()', values: row(peerExact, peerOverlap, null) });
  return {
    task: 'quotes',
    title: 'Quotes: quotation-mark segments inside PolNeAR attribution contents',
    data: join(opts.data, file) + ` (${docs.length} articles, ${goldCount} gold quotes)`,
    columns: ['exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1', 'speaker acc'],
    rows,
    notes: [
      'spans compared after trimming edge punctuation and marks; nonspeech quotes are not predictions',
      `speaker accuracy over ${speakerJudged} overlap-matched quotes with a gold source: mention overlaps the source, or the names match`,
      'published: compromise .quotations() exact F1 88.9 dev / 90.7 test; GenderGapTracker speaker accuracy 86.5',
    ],
    details: { speakerMisses: misses },
  };
}
