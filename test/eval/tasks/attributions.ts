import { join } from 'node:path';
import { createAnalyzer } from '../../../src/index.js';
import { envelope, type PolnearDoc, readJsonl } from '../data.js';
import { addCounts, prf, type PRF } from '../score/prf.js';
import { exactSimilarity, jaccard, matchRanges, type Range, trimRange } from '../score/spans.js';
import type { TaskOptions, TaskReport } from '../report.js';

type Part = 'source' | 'cue' | 'content';
const PARTS: Part[] = ['source', 'cue', 'content'];

function goldParts(doc: PolnearDoc): Record<Part, Range[]> {
  const out: Record<Part, Range[]> = { source: [], cue: [], content: [] };
  const t = doc.text;
  for (const a of doc.attributions) {
    if (a.source) out.source.push(trimRange(t, envelope(a.source)));
    if (a.cue) out.cue.push(trimRange(t, envelope(a.cue)));
    for (const c of a.content) out.content.push(trimRange(t, envelope(c)));
  }
  return out;
}

export function runAttributions(opts: TaskOptions): TaskReport {
  const file = `polnear/${opts.split}.jsonl`;
  let docs = readJsonl<PolnearDoc>(opts.data, file);
  if (opts.limit) docs = docs.slice(0, opts.limit);
  const analyzer = createAnalyzer({ include: ['attributions'] });
  const exact: Record<Part, PRF> = { source: prf(0, 0, 0), cue: prf(0, 0, 0), content: prf(0, 0, 0) };
  const loose: Record<Part, PRF> = { source: prf(0, 0, 0), cue: prf(0, 0, 0), content: prf(0, 0, 0) };
  let goldCount = 0;
  for (const doc of docs) {
    goldCount += doc.attributions.length;
    const gold = goldParts(doc);
    const analysis = analyzer.analyze(doc.text, { publishedAt: doc.publishedAt });
    const pred: Record<Part, Range[]> = { source: [], cue: [], content: [] };
    for (const a of analysis.attributions) {
      if (a.source) pred.source.push(trimRange(doc.text, a.source));
      if (a.cue) pred.cue.push(trimRange(doc.text, a.cue));
      pred.content.push(trimRange(doc.text, a.content));
    }
    for (const part of PARTS) {
      const p = pred[part].filter((r) => r.end > r.start);
      const g = gold[part].filter((r) => r.end > r.start);
      const e = matchRanges(p, g, exactSimilarity, 1).length;
      exact[part] = addCounts(exact[part], prf(e, p.length - e, g.length - e));
      const l = matchRanges(p, g, jaccard, 0.5).length;
      loose[part] = addCounts(loose[part], prf(l, p.length - l, g.length - l));
    }
  }
  const values: Record<string, number> = {};
  for (const part of PARTS) {
    values[`${part} P`] = exact[part].p;
    values[`${part} R`] = exact[part].r;
    values[`${part} F1`] = exact[part].f1;
    values[`${part} J.5 F1`] = loose[part].f1;
  }
  const published = (s: number, c: number | null, t: number) => ({ 'source F1': s, 'cue F1': c, 'content F1': t });
  return {
    task: 'attributions',
    title: 'Attributions: PolNeAR source / cue / content spans',
    data: join(opts.data, file) + ` (${docs.length} articles, ${goldCount} gold attributions)`,
    columns: PARTS.flatMap((p) => [`${p} P`, `${p} R`, `${p} F1`, `${p} J.5 F1`]),
    rows: [
      { system: 'presslens', values },
      { system: 'BERT-CofeNet (published, test)', values: published(83.2, 75.3, 72.9) },
      { system: 'feature CRF (published, test)', values: published(50.6, 53.4, 28.6) },
      { system: 'CoreNLP quote (published, test)', values: published(13.9, null, 17.5) },
    ],
    notes: ['exact = same span after trimming edge punctuation; J.5 = character Jaccard >= 0.5, one-to-one', 'gold spans are the envelopes of their fragments'],
  };
}
