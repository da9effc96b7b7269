/**
 * Trains the checkworthiness model on ClaimBuster 2.5xNCS and writes src/claims/model.json
 * (weights only, no text from the data). Sentences that also occur in the CheckThat! 2019
 * transcripts are left out of training so that the CheckThat! figure is measured on unseen text.
 *
 *   npm run train:claims -- [--data ../shared/benchmarks] [--cv 5] [--no-write]
 *
 * With --cv it first reports k-fold cross-validated ClaimBuster figures (folds are contiguous
 * blocks of debates), then the CheckThat! MAP of the model trained on all the kept sentences.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packBinary } from '../../src/model/linear.js';
import { checkthatMap, claimbusterBags, crossValidate, DEFAULT_PARAMS, figures, readCheckthat, train, type TrainParams } from './claims-lib.js';
import { option as opt } from './args.js';

const args = process.argv.slice(2);
const data = resolve(opt('--data', '../shared/benchmarks'));
const folds = Number(opt('--cv', '0'));
const params: TrainParams = {
  ...DEFAULT_PARAMS,
  epochs: Number(opt('--epochs', String(DEFAULT_PARAMS.epochs))),
  positiveWeight: Number(opt('--positive-weight', String(DEFAULT_PARAMS.positiveWeight))),
  l2: Number(opt('--l2', String(DEFAULT_PARAMS.l2))),
  rate: Number(opt('--rate', String(DEFAULT_PARAMS.rate))),
};
const pct = (x: number) => x.toFixed(1);

const t0 = performance.now();
const bags = claimbusterBags(data, true, (done, total) => process.stderr.write(`\rreading ClaimBuster ${done}/${total}`));
process.stderr.write('\n');
const withClaims = bags.filter((b) => b.units.length > 0).length;
console.log(`ClaimBuster: ${bags.length} sentences kept (${bags.filter((b) => b.positive).length} check-worthy), ${withClaims} with a claim; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (folds > 1) {
  const f = figures(crossValidate(bags, folds, params));
  console.log(`${folds}-fold CV: P ${pct(f.p)} R ${pct(f.r)} F1 ${pct(f.f1)} ROC AUC ${f.auc.toFixed(3)}`);
}
const model = train(bags, params);
const fit = figures(bags.map((b) => ({ score: model.bagProbability(b), relevant: b.positive })));
console.log(`training fit: P ${pct(fit.p)} R ${pct(fit.r)} F1 ${pct(fit.f1)} ROC AUC ${fit.auc.toFixed(3)}`);
const ct = checkthatMap(readCheckthat(data), (f) => model.probability(f));
console.log(`CheckThat! 2019 train transcripts (held out): MAP ${ct.map.toFixed(3)}`);
if (!args.includes('--no-write')) {
  const packed = packBinary(model.weights, 1e-3);
  const out = join(import.meta.dirname, '..', '..', 'src', 'claims', 'model.json');
  writeFileSync(out, JSON.stringify(packed));
  console.log(`written ${out} (${packed.features.split('\n').length} features)`);
}
