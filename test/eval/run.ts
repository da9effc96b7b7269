/**
 * The evaluation harness: `npm run eval -- <task> [--data DIR] [--json FILE] [--split dev|train]
 * [--limit N] [--no-peers]`, task one of quotes, speakers, entities, dates, attributions, claims, all.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MissingDataError } from './data.js';
import { renderReport, type TaskOptions, type TaskReport } from './report.js';
import { runAttributions } from './tasks/attributions.js';
import { runClaims } from './tasks/claims.js';
import { runDates } from './tasks/dates.js';
import { runEntities } from './tasks/entities.js';
import { runQuotes } from './tasks/quotes.js';
import { runSpeakers } from './tasks/speakers.js';

const TASKS: Record<string, (o: TaskOptions) => TaskReport> = {
  quotes: runQuotes,
  speakers: runSpeakers,
  entities: runEntities,
  dates: runDates,
  attributions: runAttributions,
  claims: runClaims,
};

const USAGE = `usage: npm run eval -- <${Object.keys(TASKS).join('|')}|all> [--data ../shared/benchmarks] [--json out.json] [--split dev|train] [--limit N] [--no-peers]`;

function fail(message: string, code = 2): never {
  process.stderr.write(`presslens eval: ${message}\n${USAGE}\n`);
  process.exit(code);
}

const argv = process.argv.slice(2);
let task: string | undefined;
let jsonOut: string | null = null;
const opts: TaskOptions = { data: resolve('../shared/benchmarks'), split: 'dev', limit: null, peers: true };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  const next = () => argv[++i] ?? fail(`${a} needs a value`);
  if (a === '--data') opts.data = resolve(next());
  else if (a === '--json') jsonOut = resolve(next());
  else if (a === '--split') {
    const s = next();
    if (s !== 'dev' && s !== 'train') fail(`--split must be dev or train (${s})`);
    opts.split = s;
  } else if (a === '--limit') opts.limit = Number(next());
  else if (a === '--no-peers') opts.peers = false;
  else if (a.startsWith('-')) fail(`unknown option ${a}`);
  else task = a;
}
if (task === undefined) fail('which task?');
if (task !== 'all' && !(task in TASKS)) fail(`unknown task ${task}`);
if (!existsSync(opts.data)) {
  fail(`benchmark data folder not found: ${opts.data}\nIt holds the PolNeAR, CoNLL-2003, TimeBank, ClaimBuster and CheckThat! files (see ../shared/benchmarks/README.md); pass --data <folder>.`);
}

const reports: TaskReport[] = [];
for (const name of task === 'all' ? Object.keys(TASKS) : [task]) {
  const started = performance.now();
  try {
    const report = TASKS[name]!(opts);
    reports.push(report);
    process.stdout.write(`${renderReport(report)}  (${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
  } catch (error) {
    if (error instanceof MissingDataError) fail(error.message);
    throw error;
  }
}
if (jsonOut) {
  writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), options: opts, reports }, null, 2)}\n`);
  process.stdout.write(`written ${jsonOut}\n`);
}
