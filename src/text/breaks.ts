/** Characters that end a line (and so a paragraph). */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 11 || code === 12;
}

/** True when `text.slice(from, to)` contains a line break. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}
