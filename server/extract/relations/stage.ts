import type { Mention } from "../entities/types";
import { NEGATED, NEGOTIATED_AFTER, NEGOTIATION_ROUND_AFTER, STAGES, trigger } from "../lexicon";
import type { RelationContext } from "./context";

/**
 * A party named only as whom an act is addressed to (乌克兰已向新西兰提交加入CPTPP的请求, 中方向DEPA保存方
 * 新西兰提出申请): right after 向, or after 向 and the depositary or secretariat it is ("depositaryNouns").
 */
const ADDRESSED = new RegExp(`向([^，,；;。：:]{0,30}(${trigger("depositaryNouns").source}))?$`);

/** Whether the mention at `cs` is the addressee of an act rather than its actor. */
export function addressed(norm: string, cs: number): boolean {
  return ADDRESSED.test(norm.slice(Math.max(0, cs - 40), cs));
}

/**
 * The stage a text states (applied | ratified | in_force | signed | pilots), first in lexicon order;
 * a negated stage word (尚未批准) states none.
 */
export function stageIn(text: string): string | undefined {
  const said = (re: RegExp) =>
    [...text.matchAll(new RegExp(re.source, "g"))].some((m) => !NEGATED.test(text.slice(0, m.index)));
  return STAGES.find((s) => said(s.re))?.stage;
}

/**
 * Whether the agreement ending at `ce` is the object of talks (…协定谈判正式启动, 升级谈判, 取得新进展, 第五轮谈判):
 * the clause's stage words are about the talks, so it states no stage of the agreement.
 */
export function negotiated(norm: string, ce: number): boolean {
  return NEGOTIATED_AFTER.test(norm.slice(ce, ce + 80)) || inRound(norm, ce);
}

/** Whether the agreement ending at `ce` names a numbered round of its talks (第五轮谈判): no party yet. */
export function inRound(norm: string, ce: number): boolean {
  return NEGOTIATION_ROUND_AFTER.test(norm.slice(ce, ce + 80));
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
