import { STAGES } from "../lexicon";

/** The stage a text states (applied | ratified | in_force | signed | pilots), first in lexicon order. */
export function stageIn(text: string): string | undefined {
  return STAGES.find((s) => s.re.test(text))?.stage;
}

/** `{ properties: { stage } }` when the text states a stage, else nothing (to spread into a relation). */
export function stageOf(text: string): { properties?: Record<string, string> } {
  const stage = stageIn(text);
  return stage ? { properties: { stage } } : {};
}
