import * as z from 'zod';
import { parseArgument } from '../schema/error';
import { checkText, tokensOf, type Token, type TokenizeOptions } from './tokens';

export const TokenizeOptionsSchema = z.strictObject({
  abbreviations: z.array(z.string()).readonly().optional(),
});

/**
 * Splits text into tokens that cover it completely (see `tokensOf`), the arguments checked.
 *
 * @throws ClaimdiffError when `text` is not a string or an option is invalid.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  checkText(text, 'tokenize(text)');
  const opts = options === undefined || (options !== null && typeof options === 'object' && Object.keys(options).length === 0)
    ? {}
    : parseArgument(TokenizeOptionsSchema, options, 'tokenize(text, options)', 'tokenize options { abbreviations? }', 'invalid-options');
  return tokensOf(text, opts.abbreviations);
}
