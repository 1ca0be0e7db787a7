export { analyze } from './analyze';
export { analyzeAsync } from './analyze-async';
