import { open, readFile } from 'node:fs/promises';
import { ClaimdiffError } from '../schema/error';

/** Bad input: one line, `claimdiff: <where>: <message>`, exit status 2, no stack. */
export function bad(where: string, message: string): never {
  throw new ClaimdiffError('invalid-input', `${where}: ${message}`);
}

const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a file could not be read or written, in words (with the system's code for searching). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined) return `${ERRNO[code] ?? 'cannot be read'} (${code})`;
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Bytes to text. UTF-8 (a byte order mark is dropped) and UTF-16 with a byte order mark are
 * read; bytes that are not UTF-8 become U+FFFD, which the analysis reports as a
 * `replacement-characters` issue. A NUL byte means binary data or UTF-16 without a byte order
 * mark: that is bad input, since decoding it would give junk.
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    bad(where, `cannot be read as text: a NUL byte at byte ${nul} (binary data, or UTF-16 without a byte order mark), expected UTF-8 text`);
  }
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  return new TextDecoder('utf-8').decode(bom > 0 ? bytes.subarray(bom) : bytes);
}

/** A whole file as text; errors name the file. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return bad(path, describeFsError(error));
  }
  return decodeText(bytes, path);
}

/** Chunks of a readable stream as bytes (test doubles may give strings). */
async function* byteChunks(stream: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
}

/** The chunks of a file, opened first so that a missing file or a directory is named at once. */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) bad(path, ERRNO['EISDIR'] as string);
  } catch (error) {
    await handle?.close();
    if (error instanceof ClaimdiffError) throw error;
    return bad(path, describeFsError(error));
  }
  try {
    yield* byteChunks(handle.createReadStream({ highWaterMark: 1 << 20 }));
  } catch (error) {
    bad(path, describeFsError(error));
  } finally {
    await handle.close();
  }
}

/** The whole of a stream as text. */
export async function readStreamText(stream: AsyncIterable<unknown>, where: string): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of byteChunks(stream)) parts.push(chunk);
  return decodeText(Buffer.concat(parts), where);
}

/**
 * Longest line of a JSON-lines file, in bytes. A report is read up to 1,000,000 characters by
 * default (`maxLength`), at most a few bytes each in escaped UTF-8 JSON; a line far longer is a
 * file that lost its line breaks, and holding it whole would take its size in memory.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** Lines that came together, with the 1-based number of the first. */
export interface LineBatch {
  lines: string[];
  first: number;
  /** Where each line's bytes start in the file or stream, and how many there are (line break left out). */
  starts: number[];
  sizes: number[];
}

/**
 * Lines of a file or stream, a chunk's worth at a time, with their 1-based numbers: memory
 * stays one chunk and one line, of at most `maxLineBytes` (past it, bad input naming the
 * line). Each run of whole lines is decoded in one go and split, so a line costs no decoder and
 * no generator step of its own. Lines are cut at byte 0x0A, which never occurs inside a UTF-8
 * character, so a character split across chunks is decoded whole. `\r\n` endings and a
 * leading byte order mark are dropped.
 */
export async function* lineBatches(source: { path: string } | { stream: AsyncIterable<unknown>; name: string }, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<LineBatch> {
  const name = 'path' in source ? source.path : source.name;
  const chunks = 'path' in source ? fileChunks(source.path) : byteChunks(source.stream);
  const decoder = new TextDecoder('utf-8');
  let pending: Uint8Array[] = [];
  let held = 0;
  let n = 0;
  const tooLong = (line: number): never => bad(`${name}:${line}`, `a line of more than ${maxLineBytes} bytes, expected one JSON value a line (a file without line breaks?)`);
  // Where the bytes of the next batch start in the source.
  let position = 0;
  const batch = (bytes: Uint8Array): LineBatch => {
    let line = n + 1;
    let from = 0;
    const starts: number[] = [];
    const sizes: number[] = [];
    for (let at = bytes.indexOf(0x0a); ; at = bytes.indexOf(0x0a, from), line++) {
      const end = at < 0 ? bytes.length : at;
      if (end - from > maxLineBytes) tooLong(line);
      starts.push(position + from);
      sizes.push(end - from);
      if (at < 0) break;
      from = at + 1;
    }
    position += bytes.length + 1;
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const lineStart = bytes.lastIndexOf(0x0a, nul) + 1;
      let line = n + 1;
      for (let at = bytes.indexOf(0x0a); at >= 0 && at < nul; at = bytes.indexOf(0x0a, at + 1)) line++;
      bad(`${name}:${line}`, `cannot be read as text: a NUL byte at column ${nul - lineStart + 1} (binary data, or UTF-16), expected UTF-8 JSON lines`);
    }
    const skip = n === 0 && UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
    starts[0] = (starts[0] as number) + skip;
    sizes[0] = (sizes[0] as number) - skip;
    const lines = decoder.decode(skip > 0 ? bytes.subarray(skip) : bytes).split('\n');
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as string;
      if (line.charCodeAt(line.length - 1) === 0x0d) lines[k] = line.slice(0, -1);
    }
    const out = { lines, first: n + 1, starts, sizes };
    n += lines.length;
    return out;
  };
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf(0x0a);
    if (last < 0) {
      held += chunk.length;
      if (held > maxLineBytes) tooLong(n + 1);
      pending.push(chunk);
      continue;
    }
    const head = chunk.subarray(0, last);
    yield batch(pending.length === 0 ? head : Buffer.concat([...pending, head]));
    pending = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    held = chunk.length - last - 1;
  }
  if (held > 0) yield batch(pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending));
}

/** Lines of a file or stream with their 1-based numbers, one at a time (see `lineBatches`). */
export async function* textLines(source: { path: string } | { stream: AsyncIterable<unknown>; name: string }, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<[string, number]> {
  for await (const { lines, first } of lineBatches(source, maxLineBytes)) {
    for (let k = 0; k < lines.length; k++) yield [lines[k] as string, first + k];
  }
}
