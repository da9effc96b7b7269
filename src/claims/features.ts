/**
 * The features the checkworthiness model reads from a claim: its words and word pairs, and what
 * the other stages found in it (quantities, names, dates, hedges, who reports it, its type).
 * Shared by the stage and by the training script (test/train/claims.ts), so both see the same.
 */
import type { Token } from '../context.js';
import type { ClaimType, Commitment, HedgeKind } from '../schema/claim.js';

export interface ClaimFacts {
  tokens: readonly Token[];
  first: number;
  last: number;
  /** Entity type of each token's name mention, if any. */
  entityType: (token: number) => string | undefined;
  /** Date type of each token, if inside a date mention. */
  dateType: (token: number) => string | undefined;
  quantities: readonly { unit: string | null; approximate: boolean }[];
  hedges: readonly HedgeKind[];
  type: ClaimType;
  commitment: Commitment;
  owner: 'self' | 'source' | 'evidential';
  sourceKind: string | null;
  relative: boolean;
}

const shape = (t: Token): string => {
  if (/^\d{4}$/.test(t.text)) return '#year';
  if (/\d/.test(t.text)) return '#num';
  return t.lower;
};

export function claimFeatures(f: ClaimFacts): string[] {
  const { tokens, first, last } = f;
  const out: string[] = ['bias'];
  let prev = '<s>';
  let words = 0;
  const entityTypes = new Set<string>();
  const dateTypes = new Set<string>();
  const pos = new Set<string>();
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    const w = shape(t);
    if (t.pos !== 'PUNCT') {
      out.push(`w:${w}`, `b:${prev}_${w}`);
      prev = w;
      words++;
    }
    pos.add(t.pos);
    const e = f.entityType(i);
    if (e) entityTypes.add(e);
    const d = f.dateType(i);
    if (d) dateTypes.add(d);
  }
  out.push(`b:${prev}_</s>`);
  for (const p of pos) out.push(`pos:${p}`);
  for (const e of entityTypes) out.push(`ent:${e}`);
  if (entityTypes.size === 0) out.push('ent:none');
  for (const d of dateTypes) out.push(`date:${d}`);
  out.push(`q:${Math.min(f.quantities.length, 3)}`);
  for (const q of f.quantities) {
    out.push(`qu:${q.unit === null ? 'none' : q.unit === 'percent' || /^[A-Z]{3}/.test(q.unit) ? q.unit.slice(0, 7) : 'noun'}`);
    if (q.approximate) out.push('q:approx');
  }
  for (const h of new Set(f.hedges)) out.push(`h:${h}`);
  out.push(`type:${f.type}`, `commit:${f.commitment}`, `own:${f.owner}`, `src:${f.sourceKind ?? 'none'}`);
  if (f.relative) out.push('relative');
  out.push(`len:${words < 6 ? 's' : words < 12 ? 'm' : words < 25 ? 'l' : 'xl'}`);
  return out;
}
