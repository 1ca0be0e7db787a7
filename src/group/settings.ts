import type { DiffOptions } from '../schema/options';
import type { GroupOptions } from '../schema/analysis';
import { createFeatureContext, type FeatureContext } from './features';
import type { PairSettings } from './find-pairs';

/** Grouping options with every default filled in (see `GroupOptionsSchema` for each). */
export interface GroupSettings extends PairSettings {
  claimDenial: boolean;
  denialThreshold: number;
  diff: DiffOptions;
  features: FeatureContext;
}

export const GROUP_DEFAULTS = {
  threshold: 0.4,
  containment: 0.9,
  minContainedFeatures: 3,
  coreMargin: 0.15,
  hashes: 96,
  maxBucket: 200,
  maxDf: 200,
  claimDenial: true,
  denialThreshold: 0.6,
} as const;

export function resolveGroupSettings(options: GroupOptions, features?: FeatureContext): GroupSettings {
  return {
    threshold: options.threshold ?? GROUP_DEFAULTS.threshold,
    containment: options.containment ?? GROUP_DEFAULTS.containment,
    minContainedFeatures: options.minContainedFeatures ?? GROUP_DEFAULTS.minContainedFeatures,
    coreMargin: options.coreMargin ?? GROUP_DEFAULTS.coreMargin,
    hashes: options.hashes ?? GROUP_DEFAULTS.hashes,
    bands: options.bands,
    maxBucket: options.maxBucket ?? GROUP_DEFAULTS.maxBucket,
    maxDf: options.maxDf ?? GROUP_DEFAULTS.maxDf,
    claimDenial: options.claimDenial ?? GROUP_DEFAULTS.claimDenial,
    denialThreshold: options.denialThreshold ?? GROUP_DEFAULTS.denialThreshold,
    diff: options.diff ?? (options.lexicon ? { lexicon: options.lexicon } : {}),
    features: features ?? createFeatureContext(options.lexicon, options.stopWords),
  };
}

/** The options that are plain data, as `toJSON` saves them (hooks are passed again on load). */
export function serialisableOptions(options: GroupOptions): Record<string, unknown> {
  const { lexicon: _lexicon, diff: _diff, onProgress: _onProgress, ...rest } = options;
  return rest;
}
