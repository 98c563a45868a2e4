import type { FigureFact, FigureStatus, ProjectStatus } from '../model/dataset';
import type { Lang } from '../i18n/lang';
import { t, tf, type MessageKey } from '../i18n/messages';

const STATUS_KEYS: Record<FigureStatus | ProjectStatus, MessageKey> = {
  actual: 'statusActual',
  target: 'statusTarget',
  planned: 'statusPlanned',
  signed: 'statusSigned',
  'under-construction': 'statusUnderConstruction',
  completed: 'statusCompleted',
  'in-use': 'statusInUse',
  unknown: 'statusUnknown',
};

/**
 * The name of a figure or project status in the language.
 *
 * @example
 * formatStatus('under-construction', 'zh') // → '在建'
 */
export function formatStatus(status: FigureStatus | ProjectStatus, lang: Lang): string {
  return t(lang, STATUS_KEYS[status]);
}

/**
 * The badge of a figure: a target names the year it aims at, an actual the year it reports.
 *
 * @example
 * formatFigureStatus({ status: 'target', year: 2025 }, 'en') // → 'Target 2025'
 * formatFigureStatus({ status: 'target', year: 2025 }, 'zh') // → '2025年目标'
 */
export function formatFigureStatus(fact: Pick<FigureFact, 'status' | 'year'>, lang: Lang): string {
  if (fact.year === null) return formatStatus(fact.status, lang);
  return tf(lang, fact.status === 'target' ? 'statusTargetIn' : 'statusActualIn', {
    year: fact.year,
  });
}
