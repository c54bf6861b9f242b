/**
 * Settings problems in the page's own words: the validator names stored fields ("hoverDelayMs:
 * must be…"), which mean nothing to a reader; each becomes the label of the control it belongs to.
 */
import { type MessageKey, t } from '~/src/ui/i18n';

const LABELS: Record<string, MessageKey> = {
  highlightStyle: 'optHighlighting',
  markHeadings: 'optMarkHeadings',
  firstMentionOnly: 'optFirstMention',
  hiddenKinds: 'optKinds',
  trigger: 'optOpening',
  hoverDelayMs: 'optDelay',
  language: 'optLanguage',
  blockedSites: 'optBlocked',
  allowedSites: 'optAllowed',
};

export const labelOf = (field: string) => (LABELS[field] ? t(LABELS[field]!) : field);

/** One settings problem as a reader would say it. */
export function plainProblem(problem: string): string {
  const site = /^(\w+): "(.*)" is not a site name/.exec(problem);
  if (site) return t('optProblemSite', labelOf(site[1]!), site[2]!);
  const unknown = /^(\w+): unknown field/.exec(problem);
  if (unknown) return t('optProblemUnknown', unknown[1]!);
  const field = /^(\w+): /.exec(problem);
  if (field && LABELS[field[1]!]) return t('optProblemField', labelOf(field[1]!));
  if (/newer than this MissionLens|unknown settings version/.test(problem)) return t('optProblemNewer');
  if (/must be a JSON object/.test(problem)) return t('optProblemNotSettings');
  return problem;
}

/** The labels of the settings that differ, for "Imported: Highlighting, Sites". */
export function changedLabels(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(LABELS)
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map(labelOf);
}
