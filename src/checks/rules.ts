import { CARRY_OVER_RULES } from './carry-over.ts';
import { COPY_RULES } from './copies.ts';
import { HARD_RULES } from './hard.ts';
import { NARRATIVE_RULES } from './narrative.ts';
import { PLAUSIBILITY_RULES } from './plausibility.ts';
import type { RuleInfo } from './types.ts';

/** Every rule the checks apply, in display order. */
export const RULES: readonly RuleInfo[] = [
  ...HARD_RULES,
  ...PLAUSIBILITY_RULES,
  ...NARRATIVE_RULES,
  ...CARRY_OVER_RULES,
  ...COPY_RULES,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if the checks know it. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
