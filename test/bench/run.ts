/**
 * The speed benchmark: presslens's whole analysis against the dependencies' own parsers, on the
 * PolNeAR dev articles, in one process with rounds interleaved and the best round kept.
 *
 *   npm run bench -- [--data ../shared/benchmarks] [--rounds 5] [--stream 10000] [--json out.json]
 *
 * It measures the built package (dist/), as users get it: `npm run bench` builds first.
 * - words/s of analyze() with every extractor, of a bare compromise nlp(text) and of a bare
 *   wink readDoc (the tokens+POS pipeline presslens runs), and the ratios between them;
 * - time per stage, from cumulative `include` sets (segmentation alone, + entities, + dates,
 *   + quotes and attributions, + claims);
 * - CLI cold start for the seed article, beside `node -e ""`;
 * - peak RSS of the CLI streaming a JSONL file of N articles (--stream 0 skips it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseWithCompromise } from '../../src/adapters/compromise.js';
import { readWithWink } from '../../src/adapters/wink.js';
import { option as opt } from '../train/args.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const data = resolve(opt('--data', join(ROOT, '..', 'shared', 'benchmarks')));
const rounds = Number(opt('--rounds', '5'));
const streamArticles = Number(opt('--stream', '10000'));
const jsonOut = opt('--json', '');

const dist = join(ROOT, 'dist', 'index.cjs');
const cli = join(ROOT, 'dist', 'cli.cjs');
if (!existsSync(dist) || !existsSync(cli)) {
  console.error('presslens bench: dist/ is missing; run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const file = join(data, 'polnear', 'dev.jsonl');
if (!existsSync(file)) {
  console.error(`presslens bench: ${file} not found; pass --data <benchmarks folder>.`);
  process.exit(2);
}
const { analyze } = (await import(dist)) as typeof import('../../src/index.js');
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; publishedAt?: string });
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

type Kind = 'entities' | 'dates' | 'quotes' | 'attributions' | 'claims';
// Quotes take their attribution ids and some speakers from the attributions stage, so asking for
// quotes runs both: the two are measured together.
const CUMULATIVE: { name: string; include: Kind[] }[] = [
  { name: 'segmentation', include: [] },
  { name: 'entities', include: ['entities'] },
  { name: 'dates', include: ['entities', 'dates'] },
  { name: 'quotes + attributions', include: ['entities', 'dates', 'quotes'] },
  { name: 'claims', include: ['entities', 'dates', 'quotes', 'attributions', 'claims'] },
];

const systems: { name: string; run: (d: { text: string; publishedAt?: string }) => unknown }[] = [
  { name: 'presslens analyze()', run: (d) => analyze(d.text, { publishedAt: d.publishedAt ?? null }) },
  { name: 'compromise nlp(text)', run: (d) => parseWithCompromise(d.text) },
  { name: 'wink-nlp readDoc', run: (d) => readWithWink(d.text) },
  ...CUMULATIVE.slice(0, -1).map((c) => ({ name: `include ${c.name}`, run: (d: { text: string; publishedAt?: string }) => analyze(d.text, { publishedAt: d.publishedAt ?? null, include: c.include }) })),
];

// Warm-up: load models and let the JIT see every path once.
for (const s of systems) for (const d of docs.slice(0, 10)) s.run(d);
const best = new Map<string, number>();
for (let r = 1; r <= rounds; r++) {
  for (const s of systems) {
    const t0 = performance.now();
    for (const d of docs) s.run(d);
    const ms = performance.now() - t0;
    best.set(s.name, Math.min(best.get(s.name) ?? Infinity, ms));
  }
  process.stderr.write(`\rround ${r}/${rounds}`);
}
process.stderr.write('\n');

const ms = (name: string) => best.get(name)!;
const wps = (name: string) => Math.round(words / (ms(name) / 1000));
const full = ms('presslens analyze()');
const stageTimes: Record<string, number> = {};
let before = 0;
for (const c of CUMULATIVE) {
  const total = c.name === 'claims' ? full : ms(`include ${c.name}`);
  stageTimes[c.name] = Math.max(0, total - before);
  before = total;
}

// CLI cold start: wall time of one process analysing the seed article.
const seed = join(ROOT, 'corpus', 'seed-musk-iran-envoy.txt');
const wall = (argv: string[]): number => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr.toString()}`);
  return performance.now() - t0;
};
const coldRuns = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cliTimes = Array.from({ length: coldRuns }, () => wall([cli, 'analyze', seed, '--published-at', '2024-11-14']));
const nodeTimes = Array.from({ length: coldRuns }, () => wall(['-e', '']));

// Peak memory of the CLI streaming N articles (the dev articles repeated).
let stream: { articles: number; words: number; seconds: number; peakRssMb: number; outputLines: number } | null = null;
if (streamArticles > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'presslens-bench-'));
  try {
    const input = join(dir, 'articles.jsonl');
    const lines: string[] = [];
    let streamWords = 0;
    for (let k = 0; k < streamArticles; k++) {
      const d = docs[k % docs.length]!;
      lines.push(JSON.stringify({ id: `a${k}`, text: d.text, publishedAt: d.publishedAt }));
      streamWords += d.text.split(/\s+/).filter(Boolean).length;
    }
    writeFileSync(input, `${lines.join('\n')}\n`);
    const probe = join(dir, 'rss.cjs');
    writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, '\\nPEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n");
    process.stderr.write(`streaming ${streamArticles} articles through the CLI ...\n`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', probe, cli, 'analyze', '--input', 'jsonl', '--format', 'jsonl', input], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    const seconds = (performance.now() - t0) / 1000;
    const peak = /PEAK_RSS_KB (\d+)/.exec(r.stderr.toString());
    if (r.status !== 0 || !peak) throw new Error(`streaming run failed (exit ${r.status}): ${r.stderr.toString().slice(-500)}`);
    let outputLines = 0;
    for (const b of r.stdout) if (b === 10) outputLines++;
    stream = { articles: streamArticles, words: streamWords, seconds, peakRssMb: Number(peak[1]) / 1024, outputLines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
const result = {
  machine,
  data: `${file} (${docs.length} articles, ${words} words)`,
  rounds,
  wordsPerSecond: { presslens: wps('presslens analyze()'), compromise: wps('compromise nlp(text)'), wink: wps('wink-nlp readDoc') },
  ratios: { presslensOverCompromise: wps('presslens analyze()') / wps('compromise nlp(text)'), winkOverPresslens: wps('wink-nlp readDoc') / wps('presslens analyze()') },
  stageMs: Object.fromEntries(Object.entries(stageTimes).map(([k, v]) => [k, Math.round(v)])),
  cliColdStartMs: { presslens: Math.round(median(cliTimes)), presslensBest: Math.round(Math.min(...cliTimes)), nodeEmpty: Math.round(median(nodeTimes)) },
  stream,
};

const rows: [string, string][] = [
  ['presslens analyze(), all five extractors', `${result.wordsPerSecond.presslens.toLocaleString('en-US')} words/s`],
  ['compromise nlp(text)', `${result.wordsPerSecond.compromise.toLocaleString('en-US')} words/s`],
  ['wink-nlp readDoc (tokens + POS)', `${result.wordsPerSecond.wink.toLocaleString('en-US')} words/s`],
  ['presslens / compromise', `${result.ratios.presslensOverCompromise.toFixed(2)}x`],
  ['wink / presslens', `${result.ratios.winkOverPresslens.toFixed(2)}x`],
  ...Object.entries(result.stageMs).map(([k, v]) => [`  stage ${k} (all ${docs.length} articles)`, `${v} ms`] as [string, string]),
  ['CLI cold start, seed article (median of 5)', `${result.cliColdStartMs.presslens} ms`],
  ['node -e "" (median of 5)', `${result.cliColdStartMs.nodeEmpty} ms`],
];
if (stream) {
  rows.push([`CLI stream of ${stream.articles} articles: peak RSS`, `${stream.peakRssMb.toFixed(0)} MB`]);
  rows.push([`CLI stream of ${stream.articles} articles: throughput`, `${Math.round(stream.words / stream.seconds).toLocaleString('en-US')} words/s (${stream.seconds.toFixed(0)} s, ${stream.outputLines} lines out)`]);
}
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`presslens speed benchmark\nmachine: ${machine}\ndata: ${result.data}; best of ${rounds} interleaved rounds`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v.padStart(16)}`);
console.log(JSON.stringify(result));
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(result, null, 2)}\n`);
