export { render, RENDER_FORMATS } from './render';
export type { RenderFormat, RenderOptions } from './render';
export { renderHtml } from './html';
export type { HtmlOptions } from './html';
export { renderMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { renderTerminal } from './terminal';
export type { TerminalOptions } from './terminal';
export type { ReportInfo } from './view';
