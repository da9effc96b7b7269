/**
 * Splits a byte stream into lines as they arrive, decoding each as strict UTF-8, so that a
 * JSONL stream is processed with flat memory and an invalid line is reported, not mangled.
 */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** The decoded line without its line ending, or null when it is not valid UTF-8. */
  text: string | null;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decode(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

export async function* readLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let number = 0;
  const flush = (tail: Uint8Array): Uint8Array => {
    if (pending.length === 0) return tail;
    const all = new Uint8Array(pendingLength + tail.length);
    let at = 0;
    for (const p of pending) {
      all.set(p, at);
      at += p.length;
    }
    all.set(tail, at);
    pending = [];
    pendingLength = 0;
    return all;
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let from = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, from)) {
      let line = flush(bytes.subarray(from, i));
      if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
      number++;
      yield { number, text: decode(line) };
      from = i + 1;
    }
    if (from < bytes.length) {
      const rest = bytes.slice(from);
      pending.push(rest);
      pendingLength += rest.length;
    }
  }
  if (pendingLength > 0) {
    let line = flush(new Uint8Array(0));
    if (line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
    number++;
    yield { number, text: decode(line) };
  }
}
