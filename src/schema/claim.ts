import { z } from 'zod';
import { spanShape } from './span.js';

/** Claim types after Full Fact's typology. */
export const ClaimType = z.enum(['quantity', 'prediction', 'causal', 'rule', 'personal_experience', 'other']);
export type ClaimType = z.infer<typeof ClaimType>;

/** How firmly the claim is made. */
export const Commitment = z.enum(['asserted', 'reported', 'hedged', 'negated']);
export type Commitment = z.infer<typeof Commitment>;

export const HedgeKind = z.enum(['modal', 'evidential', 'approximator', 'weasel']);
export type HedgeKind = z.infer<typeof HedgeKind>;

export const Hedge = z.object({ ...spanShape, kind: HedgeKind });
export type Hedge = z.infer<typeof Hedge>;

/** A number, amount of money or percentage inside a claim. */
export const Quantity = z.object({
  ...spanShape,
  value: z.number(),
  /** "USD", "percent", "people", ... or null for a bare number. */
  unit: z.string().nullable(),
  approximate: z.boolean(),
});
export type Quantity = z.infer<typeof Quantity>;

/** A checkable assertion about the world. */
export const Claim = z.object({
  id: z.string(),
  ...spanShape,
  /** The attribution the claim is reported in; null = the article's own voice. */
  attributionId: z.string().nullable(),
  /** 0..1, higher for specific, consequential, quantitative, attributable statements. */
  checkworthiness: z.number().min(0).max(1),
  type: ClaimType,
  commitment: Commitment,
  hedges: z.array(Hedge),
  quantities: z.array(Quantity),
});
export type Claim = z.infer<typeof Claim>;
