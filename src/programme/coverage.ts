/**
 * Needle-syringe coverage arithmetic (docs/needle-programme.md). WHO, UNODC and UNAIDS grade a programme by the sterile
 * needle-syringe sets distributed per person who injects drugs per year: low under 100, medium 100 to 200, high over
 * 200; the WHO 2030 target for hepatitis elimination is 300. Only complete sets count: a needle and a barrel handed out
 * separately make one set between them, not two.
 */
export const COVERAGE_LEVELS = ['low', 'medium', 'high'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export const MEDIUM_FROM = 100;
export const HIGH_ABOVE = 200;
export const TARGET_2030 = 300;

/** Units distributed by what a unit is, each already multiplied by its contents per unit. */
export interface SyringeParts {
  sets: number;
  needles: number;
  barrels: number;
}

/** Complete needle-syringe sets: the sets, plus as many needle-barrel pairs as the loose parts make. */
export function completeSets(parts: SyringeParts): number {
  return parts.sets + Math.max(0, Math.min(parts.needles, parts.barrels));
}

export interface Coverage {
  setsPerPerson: number | null;
  level: CoverageLevel | null;
  meets2030Target: boolean | null;
}

/** Sets per person who injects, its level and whether it meets the 2030 target; all null without an estimate. */
export function coverage(sets: number, estimate: number | null): Coverage {
  if (estimate === null || estimate <= 0) return { setsPerPerson: null, level: null, meets2030Target: null };
  const perPerson = sets / estimate;
  const level: CoverageLevel = perPerson < MEDIUM_FROM ? 'low' : perPerson <= HIGH_ABOVE ? 'medium' : 'high';
  return { setsPerPerson: Math.round(perPerson * 10) / 10, level, meets2030Target: perPerson >= TARGET_2030 };
}
