export { extractStatements, extractStatementsWithIssues } from './extract-statements';
export { mergeSpeakers } from './aliases';
export { findQuotes } from './quotes';
export type { QuoteSpan } from './quotes';
