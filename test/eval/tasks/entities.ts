import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, type Entity } from '../../../src/index.js';
import { type ConllDoc, readJsonl } from '../data.js';
import { compromiseEntities } from '../peers/compromise.js';
import { addCounts, prf, type PRF } from '../score/prf.js';
import { exactSimilarity, matchRanges, type Range } from '../score/spans.js';
import type { TaskOptions, TaskReport } from '../report.js';

type Conll = 'PER' | 'ORG' | 'LOC' | 'MISC';
const TYPES: Conll[] = ['PER', 'ORG', 'LOC', 'MISC'];
const TO_CONLL: Record<Entity['type'], Conll> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };

interface Typed extends Range {
  type: Conll;
}

/** Name mentions of an analysis as CoNLL-typed spans. */
export function nameMentions(entities: readonly Entity[]): Typed[] {
  return entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end, type: TO_CONLL[e.type] })));
}

function countByType(pred: Typed[], gold: Typed[], acc: Record<Conll, PRF>): void {
  for (const t of TYPES) {
    const p = pred.filter((x) => x.type === t);
    const g = gold.filter((x) => x.type === t);
    const tp = matchRanges(p, g, exactSimilarity, 1).length;
    acc[t] = addCounts(acc[t], prf(tp, p.length - tp, g.length - tp));
  }
}

const micro = (acc: Record<Conll, PRF>, types: Conll[]): PRF =>
  types.reduce((sum, t) => addCounts(sum, acc[t]), prf(0, 0, 0));

export function runEntities(opts: TaskOptions): TaskReport {
  const file = `conll2003/${opts.split}.jsonl`;
  let docs = readJsonl<ConllDoc>(opts.data, file);
  if (opts.limit) docs = docs.slice(0, opts.limit);
  const analyzer = createAnalyzer({ include: ['entities'] });
  const empty = (): Record<Conll, PRF> => ({ PER: prf(0, 0, 0), ORG: prf(0, 0, 0), LOC: prf(0, 0, 0), MISC: prf(0, 0, 0) });
  const ours = empty();
  const peer = empty();
  let goldCount = 0;
  for (const doc of docs) {
    const gold = doc.entities.map((e) => ({ start: e.start, end: e.end, type: e.type }));
    goldCount += gold.length;
    countByType(nameMentions(analyzer.analyze(doc.text).entities), gold, ours);
    if (opts.peers) countByType(compromiseEntities(doc.text), gold, peer);
  }
  const row = (acc: Record<Conll, PRF>, misc: boolean) => {
    const three = micro(acc, ['PER', 'ORG', 'LOC']);
    return {
      'PER F1': acc.PER.f1, 'ORG F1': acc.ORG.f1, 'LOC F1': acc.LOC.f1, 'MISC F1': misc ? acc.MISC.f1 : null,
      'P (3)': three.p, 'R (3)': three.r, 'F1 PER/ORG/LOC': three.f1, 'F1 4-type': misc ? micro(acc, TYPES).f1 : null,
    };
  };
  const rows = [{ system: 'presslens', values: row(ours, true) }];
  if (opts.peers) rows.push({ system: 'compromise people/orgs/places', values: row(peer, false) });
  const clustering = runClustering(opts);
  return {
    task: 'entities',
    title: 'Entities: CoNLL-2003 exact span-and-type micro F1',
    data: join(opts.data, file) + ` (${docs.length} documents, ${goldCount} gold mentions)`,
    columns: ['PER F1', 'ORG F1', 'LOC F1', 'MISC F1', 'P (3)', 'R (3)', 'F1 PER/ORG/LOC', 'F1 4-type'],
    rows,
    notes: [
      'published: compromise 48.6 (test); spaCy en_core_web_lg 69.5 (dev, 4 types); CoNLL-2003 winner 88.8 (test)',
      clustering.summary,
    ],
    details: { clustering },
  };
}

/** Gold clusters written for shared corpus articles, kept as fixtures that point into the texts by offset. */
interface ClusterFixture {
  id: string;
  clusters: { name: string; mentions: { start: number; end: number; text: string }[] }[];
}

export const CLUSTER_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'clusters');

export function runClustering(opts: TaskOptions): { summary: string; perArticle: unknown[]; links: PRF | null; found: number } {
  const corpus = join(opts.data, '..', 'corpus');
  if (!existsSync(CLUSTER_FIXTURES) || !existsSync(corpus)) return { summary: 'clustering: no fixtures or corpus', perArticle: [], links: null, found: 0 };
  const manifest = new Map(
    readFileSync(join(corpus, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; publishedAt: string }).map((m) => [m.id, m]),
  );
  const analyzer = createAnalyzer({ include: ['entities'] });
  let links = prf(0, 0, 0);
  let total = 0;
  let found = 0;
  const perArticle: unknown[] = [];
  for (const f of readdirSync(CLUSTER_FIXTURES).filter((x) => x.endsWith('.json')).sort()) {
    const fx = JSON.parse(readFileSync(join(CLUSTER_FIXTURES, f), 'utf8')) as ClusterFixture;
    const text = readFileSync(join(corpus, 'articles', `${fx.id}.txt`), 'utf8');
    const analysis = analyzer.analyze(text, { publishedAt: manifest.get(fx.id)?.publishedAt ?? null });
    const r = scoreClusters(fx, analysis.entities);
    links = addCounts(links, r.links);
    total += r.total;
    found += r.found;
    perArticle.push({ id: fx.id, ...r });
  }
  const share = total ? (100 * found) / total : 0;
  return {
    summary: `clustering on ${perArticle.length} hand-annotated corpus articles: link P ${links.p.toFixed(1)} R ${links.r.toFixed(1)} F1 ${links.f1.toFixed(1)}, gold name mentions found ${share.toFixed(1)}% (${found}/${total})`,
    perArticle,
    links,
    found: share,
  };
}

/** Pairwise link P/R/F1 among the gold name mentions the system found (exact span), and how many it found. */
export function scoreClusters(fx: ClusterFixture, entities: readonly Entity[]): { links: PRF; total: number; found: number } {
  const systemOf = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) systemOf.set(`${m.start}:${m.end}`, e.id);
  const foundMentions: { gold: number; sys: string }[] = [];
  let total = 0;
  fx.clusters.forEach((c, ci) => {
    for (const m of c.mentions) {
      total++;
      const sys = systemOf.get(`${m.start}:${m.end}`);
      if (sys !== undefined) foundMentions.push({ gold: ci, sys });
    }
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < foundMentions.length; i++) {
    for (let j = i + 1; j < foundMentions.length; j++) {
      const a = foundMentions[i]!;
      const b = foundMentions[j]!;
      const g = a.gold === b.gold;
      const s = a.sys === b.sys;
      if (g && s) tp++;
      else if (s) fp++;
      else if (g) fn++;
    }
  }
  return { links: prf(tp, fp, fn), total, found: foundMentions.length };
}
