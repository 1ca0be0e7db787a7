export { analyzeInThreads } from './analyze-in-threads';
export type { ThreadedAnalyzeOptions } from './analyze-in-threads';
export { groupStatementsInThreads } from './group-statements-in-threads';
export type { ThreadedGroupOptions } from './group-statements-in-threads';
