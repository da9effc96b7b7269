import { z } from 'zod';

/** The fields every span carries; spread into records that are spans themselves. */
export const spanShape = {
  /** UTF-16 code-unit offset of the first character. */
  start: z.number().int().nonnegative(),
  /** UTF-16 code-unit offset just past the last character. */
  end: z.number().int().nonnegative(),
  /** Always `input.slice(start, end)`. */
  text: z.string(),
};

/** A piece of the input text. */
export const Span = z.object(spanShape);
export type Span = z.infer<typeof Span>;

/** A problem with the article itself (never a programmer error, which throws). */
export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Warning = z.infer<typeof Warning>;
