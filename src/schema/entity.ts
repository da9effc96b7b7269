import { z } from 'zod';
import { Span, spanShape } from './span.js';

export const EntityType = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);
export type EntityType = z.infer<typeof EntityType>;

/**
 * Finer classes: GPE (countries, cities, states), FACILITY (buildings, airports), NORP
 * (nationalities, religious and political groups), MEDIA (news outlets and agencies), EVENT,
 * WORK (titles of works), LAW, PRODUCT.
 */
export const EntitySubtype = z.enum(['GPE', 'FACILITY', 'NORP', 'MEDIA', 'EVENT', 'WORK', 'LAW', 'PRODUCT']);
export type EntitySubtype = z.infer<typeof EntitySubtype>;

export const MentionKind = z.enum(['name', 'pronoun', 'nominal']);
export type MentionKind = z.infer<typeof MentionKind>;

/** One reference to an entity in the text: its name, a pronoun or a descriptor. */
export const EntityMention = z.object({ ...spanShape, kind: MentionKind });
export type EntityMention = z.infer<typeof EntityMention>;

/** One real-world thing with all its mentions clustered. */
export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  subtype: EntitySubtype.optional(),
  /** The fullest proper name the article uses ("Elon Musk"). */
  name: z.string(),
  mentions: z.array(EntityMention),
  /** Titles and appositions the article gives the entity ("communications director"). */
  roles: z.array(Span),
});
export type Entity = z.infer<typeof Entity>;
