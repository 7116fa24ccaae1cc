import type { Mention } from "../entities/types";
import { STAGES } from "../lexicon";
import type { RelationContext } from "./context";

/** The stage a text states (applied | ratified | in_force | signed | pilots), first in lexicon order. */
export function stageIn(text: string): string | undefined {
  return STAGES.find((s) => s.re.test(text))?.stage;
}

/** `{ properties: { stage } }` when the text states a stage, else nothing (to spread into a relation). */
export function stageOf(text: string): { properties?: Record<string, string> } {
  const stage = stageIn(text);
  return stage ? { properties: { stage } } : {};
}

/**
 * ALIGNS_WITH from each member country to the agreement, spanning `at(member)`, with the stage when
 * one is given (piloting is for zones, not for parties).
 */
export function pushMembers(
  push: RelationContext["push"],
  members: Mention[],
  agreement: string,
  at: (member: Mention) => { cs: number; ce: number },
  stage: string | undefined,
): void {
  for (const c of members)
    push({
      type: "ALIGNS_WITH",
      source: c.id,
      target: agreement,
      method: "pattern",
      confidence: 0.75,
      ...at(c),
      ...(stage && stage !== "pilots" ? { properties: { stage } } : {}),
    });
}
