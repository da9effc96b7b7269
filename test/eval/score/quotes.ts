import type { Range } from './spans.js';

const OPEN_ONLY = new Set(['“', '„', '«', '‟']);
const CLOSE_ONLY = new Set(['”', '»']);

/** Does a line start at `i`, spaces aside? */
function lineStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text[k] !== '\n' && /\s/.test(text[k]!)) k--;
  return k < 0 || text[k] === '\n';
}

/** Is the mark at `i` (of `width` characters) placed as only a closing mark can be: after a word, before a space or punctuation? */
function closingPlace(text: string, i: number, width: number): boolean {
  return !/\s/.test(text[i - 1] ?? ' ') && /^(?:$|[\s.,;:!?)\]\u2013\u2014-])/.test(text.slice(i + width, i + width + 1));
}

/**
 * The quotation-mark segments inside a range of text, as the quotes benchmark defines its
 * gold units: outermost double-mark pairs (straight, curly, guillemets, `` ''), nested marks
 * belonging to the outer quote, a quotation reopened at the start of the next paragraph
 * continuing as one segment, and an unclosed quotation running to the end of the range. Two
 * apostrophes pair with each other like a straight double mark unless they close a ``; a
 * closing curly mark at the start of a word or of a line with nothing open opens (”Like this”,
 * ” … like this”). Where an article mixes the families, spacing decides: a straight mark or an
 * opening curly mark between a word and a space closes the open quotation (“Like this," she
 * said; “this“ too).
 */
export function quoteSegments(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  const stack: string[] = [];
  let openEnd = -1;
  let reopenPending = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (stack.length > 0) reopenPending = true;
      continue;
    }
    const two = text.slice(i, i + 2);
    let mark: 'open' | 'close' | 'toggle' | null = null;
    let width = 1;
    if (two === '``') [mark, width] = ['open', 2];
    // Two apostrophes serve as both marks in some archives; they close a `` quotation.
    else if (two === "''") [mark, width] = [stack[stack.length - 1] === 'curly' ? 'close' : 'toggle', 2];
    else if (OPEN_ONLY.has(c)) mark = stack.length > 0 && closingPlace(text, i, 1) ? 'close' : 'open';
    else if (CLOSE_ONLY.has(c)) mark = stack.length === 0 && /\s/.test(text[i - 1] ?? ' ') && (!/\s/.test(text[i + 1] ?? ' ') || lineStart(text, i)) ? 'open' : 'close';
    else if (c === '"') mark = 'toggle';
    if (reopenPending && !/\s/.test(c)) {
      reopenPending = false;
      if (mark === 'open' || mark === 'toggle') {
        i += width - 1;
        continue; // the reopening mark of a quotation running over paragraphs
      }
    }
    if (mark === null) continue;
    const family = c === '"' || (two === "''" && mark === 'toggle') ? '"' : 'curly';
    const top = stack[stack.length - 1];
    const closes = mark === 'close' || (mark === 'toggle' && (top === '"' || (top === 'curly' && closingPlace(text, i, width))));
    if (closes && stack.length > 0) {
      stack.pop();
      if (stack.length === 0) out.push({ start: openEnd, end: i });
    } else if (!closes) {
      if (stack.length === 0) openEnd = i + width;
      stack.push(family);
    }
    i += width - 1;
  }
  if (stack.length > 0 && openEnd < to) out.push({ start: openEnd, end: to });
  return out;
}
