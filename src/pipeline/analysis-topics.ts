import { resolveGroupSettings } from '../group/settings';
import { AnalysisSchema, AnalyzeOptionsSchema, type Analysis, type AnalyzeOptions, type Topic } from '../schema/analysis';
import { parseArgument } from '../schema/error';
import { findTopics } from '../topics/find-topics';
import { groupOptionsOf } from './analyze-stages';
import { withFigureConflicts } from './figure-conflicts';

const StatementsAndGroups = AnalysisSchema.pick({ statements: true, groups: true });

/**
 * The topics of an analysis made without them (`topics: false`, or saved before topics were
 * added): what `analyze` puts in `topics[]`, their conflicting claims included (see
 * `figureConflicts`; relative dates read without the reports' days of publication, which the
 * analysis does not keep), from the analysis' statements and groups, which are read, never
 * changed. Give the options the analysis was made with (their lexicon and
 * group options make the words), to get the topics `analyze` would have given.
 *
 * @throws ClaimdiffError when `analysis` has no `statements` and `groups` of the analyze JSON, or an option is invalid.
 */
export function analysisTopics(analysis: Pick<Analysis, 'statements' | 'groups'>, options: AnalyzeOptions = {}): Topic[] {
  const a = parseArgument(StatementsAndGroups, analysis, 'findTopics(analysis)', 'an analysis { statements, groups } (the analyze JSON)');
  const opts = parseArgument(AnalyzeOptionsSchema, options, 'findTopics(analysis, options)', 'analyze options (see AnalyzeOptions)', 'invalid-options');
  const settings = resolveGroupSettings(groupOptionsOf(opts));
  const topics = findTopics(a, settings.features);
  // The claims whose figures conflict, as `analyze` finds them (with no report's day of publication to anchor relative dates).
  return withFigureConflicts(topics, a.groups, a.statements, { diff: opts.diff ?? {}, link: { features: settings.features, cut: settings.denialThreshold } }).topics;
}
