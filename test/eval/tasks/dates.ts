import { join } from 'node:path';
import { createAnalyzer } from '../../../src/index.js';
import { readJsonl, type TimebankDoc } from '../data.js';
import { chronoDates } from '../peers/chrono.js';
import { compromiseDates } from '../peers/compromise.js';
import { countTimexes, scoreTimexCounts, sumTimexCounts, type Timex, type TimexCounts } from '../score/timex.js';
import type { TaskOptions, TaskReport } from '../report.js';

export function runDates(opts: TaskOptions): TaskReport {
  const file = 'timebank/tbaq.jsonl';
  let docs = readJsonl<TimebankDoc>(opts.data, file);
  if (opts.limit) docs = docs.slice(0, opts.limit);
  const analyzer = createAnalyzer({ include: ['dates'] });
  const systems: [string, (d: TimebankDoc) => Timex[]][] = [
    ['presslens', (d) => analyzer.analyze(d.text, { publishedAt: d.dct }).dates],
  ];
  if (opts.peers) {
    systems.push(['chrono-node', (d) => chronoDates(d.text, d.dct)]);
    systems.push(['compromise-dates', (d) => compromiseDates(d.text, d.dct)]);
  }
  const errors: unknown[] = [];
  const crashes: Record<string, number> = {};
  const rows = systems.map(([name, run]) => {
    const counts: TimexCounts[] = [];
    for (const d of docs) {
      let pred: Timex[] = [];
      try {
        pred = run(d);
      } catch {
        // A peer that throws on a document scores no predictions there; the count is reported.
        crashes[name] = (crashes[name] ?? 0) + 1;
      }
      counts.push(countTimexes(pred, d.timexes));
      if (name === 'presslens' && errors.length < 400) errors.push(...diffTimexes(d, pred).slice(0, 400 - errors.length));
    }
    const s = scoreTimexCounts(sumTimexCounts(counts));
    return {
      system: name,
      values: {
        'strict P': s.strict.p, 'strict R': s.strict.r, 'strict F1': s.strict.f1,
        'relaxed P': s.relaxed.p, 'relaxed R': s.relaxed.r, 'relaxed F1': s.relaxed.f1,
        'value acc': s.valueAccuracy, 'type acc': s.typeAccuracy, 'Value F1': s.valueF1,
      },
    };
  });
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  return {
    task: 'dates',
    title: 'Dates: TempEval-3 metric on TimeBank + AQUAINT, anchored at each document date',
    data: join(opts.data, file) + ` (${docs.length} documents, ${gold} gold TIMEX3)`,
    columns: ['strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value acc', 'type acc', 'Value F1'],
    rows,
    notes: [
      'Value F1 = relaxed F1 x value accuracy; peers converted to TIMEX3 values by the units they report',
      'published (TempEval-3 platinum test): HeidelTime 77.6, UWTime 82.7, SUTime 67.4, chrono-node 45.6, compromise-dates 46.3',
      ...Object.entries(crashes).map(([name, n]) => `${name} threw on ${n} of ${docs.length} documents (scored as finding nothing there)`),
    ],
    details: { errors },
  };
}

/** Gold and predicted TIMEX3 that do not agree, for error analysis. */
function diffTimexes(d: TimebankDoc, pred: Timex[]): unknown[] {
  const out: unknown[] = [];
  for (const g of d.timexes) {
    const p = pred.find((x) => x.start < g.end && g.start < x.end);
    if (!p) out.push({ doc: d.id, dct: d.dct, miss: g.text, value: g.value, type: g.type });
    else if (p.value !== g.value || p.start !== g.start || p.end !== g.end) {
      out.push({ doc: d.id, dct: d.dct, gold: `${g.text} = ${g.value} ${g.type}`, ours: `${d.text.slice(p.start, p.end)} = ${p.value} ${p.type}` });
    }
  }
  for (const p of pred) if (!d.timexes.some((g) => p.start < g.end && g.start < p.end)) out.push({ doc: d.id, spurious: d.text.slice(p.start, p.end), value: p.value });
  return out;
}
