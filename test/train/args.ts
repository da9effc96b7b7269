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
