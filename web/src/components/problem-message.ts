import type { TFunction } from 'i18next';
import type { Problem } from '../api/client';

/**
 * What to tell the user about a problem document: our own words for the codes a field worker meets, in their language;
 * otherwise the server's own explanation.
 */
export function problemMessage(t: TFunction, problem: Pick<Problem, 'code' | 'detail' | 'title'>): string {
  return t(`common:problems.${problem.code}`, { defaultValue: problem.detail || problem.title || problem.code });
}
