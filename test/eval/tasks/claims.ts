import { join } from 'node:path';
import { createAnalyzer } from '../../../src/index.js';
import { type CheckthatDoc, type ClaimbusterSentence, readJsonl } from '../data.js';
import { prf } from '../score/prf.js';
import { averagePrecision, rocAuc } from '../score/ranking.js';
import type { TaskOptions, TaskReport } from '../report.js';
import { claimbusterBags, crossValidate, figures } from '../../train/claims-lib.js';

/** The highest checkworthiness among claims overlapping [start, end), 0 when none. */
function scoreOver(claims: readonly { start: number; end: number; checkworthiness: number }[], start: number, end: number): number {
  let best = 0;
  for (const c of claims) if (c.start < end && start < c.end) best = Math.max(best, c.checkworthiness);
  return best;
}

export function runClaims(opts: TaskOptions): TaskReport {
  const analyzer = createAnalyzer({ include: ['claims'] });
  let sentences = readJsonl<ClaimbusterSentence>(opts.data, 'claimbuster/2.5xNCS.jsonl');
  if (opts.limit) sentences = sentences.slice(0, opts.limit * 20);
  const scored = sentences.map((s) => ({ score: scoreOver(analyzer.analyze(s.text).claims, 0, s.text.length), relevant: s.check_worthy }));
  const tp = scored.filter((x) => x.relevant && x.score >= 0.5).length;
  const fp = scored.filter((x) => !x.relevant && x.score >= 0.5).length;
  const fn = scored.filter((x) => x.relevant && x.score < 0.5).length;
  const cb = prf(tp, fp, fn);
  const auc = rocAuc(scored);

  let transcripts = readJsonl<CheckthatDoc>(opts.data, 'checkthat2019/train.jsonl');
  if (opts.limit) transcripts = transcripts.slice(0, Math.max(1, Math.ceil(opts.limit / 10)));
  const aps = transcripts.map((t) => {
    const claims = analyzer.analyze(t.text).claims;
    return averagePrecision(t.sentences.map((s) => ({ score: scoreOver(claims, s.start, s.end), relevant: s.check_worthy })));
  });
  const map = aps.reduce((a, b) => a + b, 0) / Math.max(1, aps.length);
  const rows: TaskReport['rows'] = [
    { system: 'presslens (shipped model)', values: { 'CB P': cb.p, 'CB R': cb.r, 'CB F1': cb.f1, 'CB ROC AUC': auc, 'CT19 MAP': map } },
  ];
  const notes = [
    'a ClaimBuster sentence is positive when a claim over it has checkworthiness >= 0.5; its score is the highest such value (0 without a claim)',
    'the shipped model is trained on ClaimBuster 2.5xNCS minus the sentences that also occur in CheckThat! 2019: its ClaimBuster row is a training fit, its CheckThat! MAP is held out',
  ];
  if (!opts.limit) {
    // The honest ClaimBuster figure: each fold scored by a model trained on the other four.
    const cv = figures(crossValidate(claimbusterBags(opts.data, true), 5));
    rows.push({ system: 'presslens, 5-fold cross-validated', values: { 'CB P': cv.p, 'CB R': cv.r, 'CB F1': cv.f1, 'CB ROC AUC': cv.auc, 'CT19 MAP': null } });
    notes.push('5-fold cross-validation over contiguous blocks of ClaimBuster (whole debates per fold), retrained per fold with the shipped settings');
  }
  rows.push({ system: 'best CheckThat! 2019 system (published, test)', values: { 'CT19 MAP': 0.166 } });
  return {
    task: 'claims',
    title: 'Claims: ClaimBuster 2.5xNCS check-worthy class, CheckThat! 2019 Task 1 ranking',
    data: `${join(opts.data, 'claimbuster/2.5xNCS.jsonl')} (${sentences.length} sentences); ${join(opts.data, 'checkthat2019/train.jsonl')} (${transcripts.length} transcripts)`,
    columns: ['CB P', 'CB R', 'CB F1', 'CB ROC AUC', 'CT19 MAP'],
    rows,
    notes,
    details: { averagePrecisionPerTranscript: transcripts.map((t, i) => ({ id: t.id, ap: aps[i] })) },
  };
}
