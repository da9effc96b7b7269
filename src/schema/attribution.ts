import { z } from 'zod';
import { Span, spanShape } from './span.js';

export const SourceKind = z.enum([
  'person',
  'organization',
  'media',
  'document',
  'anonymous',
  'collective',
  'author',
  'unresolved',
]);
export type SourceKind = z.infer<typeof SourceKind>;

/** Who the content comes from, as written in the text. */
export const Source = z.object({
  ...spanShape,
  kind: SourceKind,
  entityId: z.string().nullable(),
  /** Canonical name of the source's entity, or the descriptor itself. */
  name: z.string().nullable(),
  /** For anonymous and collective sources: how many ("two Iranian officials" -> 2). */
  count: z.number().nullable(),
  /** For anonymous sources: the affiliation the text gives ("Iranian"). */
  affiliation: z.string().nullable(),
  /** Why the source is anonymous, when the text says ("not authorized to speak publicly"). */
  anonymityReason: Span.nullable(),
});
export type Source = z.infer<typeof Source>;

export const AttributionForm = z.enum(['direct', 'mixed', 'indirect']);
export type AttributionForm = z.infer<typeof AttributionForm>;

/** What kind of attribution the cue expresses. */
export const AttributionType = z.enum(['assertion', 'belief', 'intention', 'evidential']);
export type AttributionType = z.infer<typeof AttributionType>;

/** Content presented as coming from a source (after PARC / PolNeAR). */
export const Attribution = z.object({
  id: z.string(),
  source: Source.nullable(),
  cue: Span.nullable(),
  /** The attributed content; the envelope when it is discontinuous. */
  content: Span,
  form: AttributionForm,
  type: AttributionType,
  quoteIds: z.array(z.string()),
  /** Who was told: "told The New York Times". */
  recipient: z.object({ ...spanShape, entityId: z.string().nullable() }).nullable(),
  /** The attribution this one is reported inside ("X said Y, the Times reported"). */
  parentId: z.string().nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

/** A document-level credit: a wire dateline or an "Information from ... was used" line. */
export const Credit = z.object({
  ...spanShape,
  kind: z.enum(['dateline', 'wire', 'contributor']),
  /** The credited organization or person ("Associated Press"). */
  source: z.string(),
  entityId: z.string().nullable(),
});
export type Credit = z.infer<typeof Credit>;
