import type { EntitySubtype, EntityType } from '../schema/entity.js';

/** A name mention while the entity stage works on it: a token range with a type. */
export interface NameMention {
  /** Token range [first, last). */
  first: number;
  last: number;
  type: EntityType;
  subtype?: EntitySubtype | undefined;
  /** Set when a title was cut off the front of the tagged span (a person's name follows a title). */
  titled?: boolean;
  /** Set when a lexicon (media outlets, place variants) vouches for the type. */
  lexical?: boolean;
}

export const FROM_CONLL: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'MISC' };
