import type { ArticleContext } from '../context.js';
import { decode } from './tagger/decode.js';
import { taggerDocument } from './tagger/features.js';
import { spansFromLabels, type TagType } from './tagger/labels.js';
import model from './tagger/model.json';
import { type PackedModel, PackedScorer } from './tagger/model.js';

/** A name found by the tagger: token range [first, last) and CoNLL type. */
export interface TaggedName {
  first: number;
  last: number;
  start: number;
  end: number;
  type: TagType;
}

let scorer: PackedScorer | undefined;

/** Finds name mentions with the trained tagger (the model decodes once, on first use). */
export function tagNames(article: ArticleContext): TaggedName[] {
  scorer ??= new PackedScorer(model as PackedModel);
  const labels = decode(taggerDocument(article), article.sentences, scorer);
  return spansFromLabels(labels).map(([first, last, type]) => ({
    first,
    last,
    start: article.tokens[first]!.start,
    end: article.tokens[last - 1]!.end,
    type,
  }));
}
