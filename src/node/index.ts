export { groupStatementsInThreads } from './group-statements-in-threads';
export type { ThreadedGroupOptions } from './group-statements-in-threads';
