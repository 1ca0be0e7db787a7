import fc from 'fast-check';

/**
 * Pieces of hostile text: astral characters (emoji, mathematical letters), combining marks,
 * right-to-left words and overrides, zero-width joiners and spaces, byte order marks, lone
 * surrogates, every kind of quotation mark, and the words extraction looks for.
 */
export const HOSTILE_PIECES = [
  '😀', '𝒳', '👩‍👩‍👧', '🇵🇰', 'e\u0301', 'a\u0308\u0301', '\u0301', 'שלום', 'مرحبا', '\u202e', '\u202c', '\u200f', '\u200d', '\u200b', '\ufeff',
  '\ud800', '\udc00', '“', '”', '"', "'", '‘', '’', '«', '»', '„', "''", ' ', '\n', '\n\n', '\r\n', '\t', '.', ',', ':', ';', '—', '-', '…',
  'said', 'Khan', 'he', 'denied', 'that', 'according to', 'not', 'Mr.', 'U.S.', '70%', 'No. 10', 'the talks', 'a claim denied by', 'officials',
];

/** Text made of hostile pieces and random Unicode strings (graphemes and any code points). */
export const hostileText = (maxPieces = 30): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) }, fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: maxPieces })
    .chain((parts) => fc.constantFrom(' ', '').map((sep) => parts.join(sep)));

/** Wire-like sentences: quotations and reported speech from a small vocabulary, so groups form. */
export const wireSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Khan', 'Vos', 'The ministry', 'Officials', 'He'),
    fc.constantFrom('said', 'told reporters', 'denied', 'insisted'),
    fc.constantFrom('the talks had stalled', 'the pier would be rebuilt this year', 'rebels use the caves', 'the talks had not stalled', 'exports rose 4 percent'),
    fc.boolean(),
  )
  .map(([who, verb, what, quoted]) => (quoted ? `“${what[0]?.toUpperCase()}${what.slice(1)},” ${who} ${verb}.` : `${who} ${verb} that ${what}.`));
