export { findTopics, reportStories, TOPIC_DEFAULTS } from './find-topics';
export type { Stories, TopicSettings } from './find-topics';
export { cosine, reportWords, tellingWords } from './report-words';
export type { ReportWords } from './report-words';
