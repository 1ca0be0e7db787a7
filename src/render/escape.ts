/**
 * Escaping for every view. Report text, ids, source names and speaker names are untrusted:
 * each view passes them through one of these before they reach its output.
 */

const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] as string);
}

/**
 * A link target from a report, kept only when it is plain http(s): `javascript:` and `data:`
 * URLs from a hostile report must not become clickable.
 */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}

/**
 * Text for Markdown (GitHub, Jupyter), inline or in a table cell: the characters that open
 * emphasis, code, links, strikethrough or a cell get a backslash, `<`, `>` and `&` become
 * entities (both renderers pass raw HTML through), and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

/**
 * Text for a terminal: control characters (an ANSI escape in a report could clear the screen or
 * rewrite the title) are shown as their caret notation (`^[`), newlines as spaces.
 */
export function escapeTerminal(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x09) return ' ';
    return code < 0x20 ? `^${String.fromCharCode(code + 64)}` : code === 0x7f ? '^?' : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
