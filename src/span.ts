/**
 * A piece of the input: UTF-16 code-unit offsets, `end` exclusive, and
 * `text === input.slice(start, end)` always.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The one way presslens makes a span: offsets are clamped into the input and the text is
 * always sliced from it, so the span invariant holds by construction.
 */
export function makeSpan(input: string, start: number, end: number): Span {
  const s = Math.max(0, Math.min(start, input.length));
  const e = Math.max(s, Math.min(end, input.length));
  return { start: s, end: e, text: input.slice(s, e) };
}

const EDGE_SPACE = /\s/;

/** Offsets of `[start, end)` with whitespace removed from both edges. */
export function trimOffsets(input: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && EDGE_SPACE.test(input[s] as string)) s++;
  while (e > s && EDGE_SPACE.test(input[e - 1] as string)) e--;
  return [s, e];
}

/** Offsets of `[start, end)` with any of `chars` (and whitespace) removed from both edges. */
export function trimOffsetsOf(input: string, start: number, end: number, chars: string): [number, number] {
  let s = start;
  let e = end;
  const strip = (c: string | undefined): boolean => c !== undefined && (chars.includes(c) || EDGE_SPACE.test(c));
  while (s < e && strip(input[s])) s++;
  while (e > s && strip(input[e - 1])) e--;
  return [s, e];
}

/** True when the two half-open ranges share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
