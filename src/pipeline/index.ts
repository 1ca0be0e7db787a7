export { analyze } from './analyze';
export { analyzeAsync } from './analyze-async';
export { analysisTopics } from './analysis-topics';
