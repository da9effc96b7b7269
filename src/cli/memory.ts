/**
 * Keeps the memory of a long CLI stream flat. V8 lets its heap grow well past what is live before
 * it collects (a 10,000-article stream peaked near 400 MB of RSS while under 80 MB was live), so
 * after each article the CLI checks the heap and asks for a full collection once garbage passes a
 * threshold. The collector is reached the way test runners reach it (expose-gc set at run time,
 * read from a fresh context); where that is unavailable, the guard does nothing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

export function memoryGuard(thresholdBytes = 120 * 2 ** 20): () => void {
  let gc: unknown = null;
  try {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc');
  } catch {
    gc = null;
  }
  if (typeof gc !== 'function') return () => {};
  const collect = gc as () => void;
  return () => {
    if (v8.getHeapStatistics().used_heap_size > thresholdBytes) collect();
  };
}
