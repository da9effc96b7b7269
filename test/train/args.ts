import { BinaryTrainer } from '../../src/model/linear.js';

/** Command-line options of the training and benchmark scripts: `--name value`, with a default. */
export function option(name: string, fallback: string, args: readonly string[] = process.argv.slice(2)): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/**
 * A seeded in-place shuffle (Fisher-Yates over a linear congruential generator), so that every
 * training script is reproducible byte for byte. The returned function keeps its state across
 * calls: one shuffle per epoch gives a different order each epoch.
 */
export function seededShuffle(seed: number): <T>(items: T[]) => void {
  let state = seed;
  return <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = Math.floor((state / 2147483648) * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
  };
}

/**
 * The average of `bags` averaged perceptrons, each trained for `epochs` passes over its own
 * shuffled order of the examples: steadier from one retraining to the next than one perceptron.
 * `onEpoch` sees each bag's model after each pass.
 */
export function baggedPerceptrons(
  examples: readonly { features: readonly string[]; positive: boolean }[],
  settings: { bags: number; seed: number; epochs: number },
  onEpoch?: (bag: number, epoch: number, model: () => Map<string, number>) => void,
): Map<string, number> {
  const order = examples.slice();
  const sum = new Map<string, number>();
  for (let bag = 0; bag < settings.bags; bag++) {
    const shuffle = seededShuffle(settings.seed + 104729 * bag);
    const trainer = new BinaryTrainer();
    for (let e = 1; e <= settings.epochs; e++) {
      shuffle(order);
      for (const ex of order) trainer.learn(ex.features, ex.positive);
      onEpoch?.(bag, e, () => trainer.averaged());
    }
    for (const [f, w] of trainer.averaged()) sum.set(f, (sum.get(f) ?? 0) + w / settings.bags);
  }
  return sum;
}
