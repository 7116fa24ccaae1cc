import { clauseEnd, clauseStart, sentenceStart } from "../clauses";
import type { CtxSubject } from "../discourse";
import type { Mention } from "../entities/types";
import { CLAUSE_LINKS, DATE_LEAD, relationAlt } from "../lexicon";
import type { DiscourseEdge, SpanEvidence } from "./discourse-types";
import { T_COOP, T_STATES_JOINT, T_TRADE } from "./triggers";

/** 两国/双方 as the subject of a clause (not 两国双园, 双方面). */
const PAIR = new RegExp(`(${relationAlt("pairWords")})(?![双面])`, "g");
/** What may stand between the start of a clause and its subject: a date or a connective adverbial. */
const LEAD = new RegExp(
  String.raw`^[\s“"]*(${DATE_LEAD}(以来)?|${relationAlt("pairLeadTimes")}|${CLAUSE_LINKS}|${relationAlt("pairLeadAdverbials")})?[，,\s]*$`,
);
/** A word of cooperation, trade or joint action (triggers.json "cooperation", "trade", "statesJoint"). */
const TOGETHER = new RegExp(`${T_COOP.source}|${T_TRADE.source}|${T_STATES_JOINT.source}`);

/**
 * The distinct countries a passage names, in order, each with the evidence of its first mention
 * (names, and members of abbreviated compounds: 中秘两国, 中菲关系).
 */
export function countriesOf(ms: Mention[], ev: SpanEvidence): CtxSubject[] {
  const out: CtxSubject[] = [];
  for (const m of [...ms].sort((x, y) => x.cs - y.cs))
    if (m.id.startsWith("Country:") && !out.some((c) => c.id === m.id))
      out.push({ id: m.id, ev: ev("pattern", m.cs, m.ce) });
  return out;
}

/**
 * "甲国总理访问乙国。两国将深化经贸合作。": 两国/双方 as the subject of a clause, with no country
 * named before it in its sentence, stands for the two countries of the previous sentence of the
 * paragraph when that sentence names exactly two; when its clause states cooperation, trade or joint
 * action, COOPERATES_WITH between them (from 中国 when it is one of them, else from the first named).
 * The evidence quotes the clause and both names of the previous sentence.
 */
export function pairAnaphor(
  norm: string,
  ms: Mention[],
  prevCountries: CtxSubject[],
  ev: SpanEvidence,
): DiscourseEdge[] {
  const [x, y] = prevCountries;
  if (prevCountries.length !== 2 || !x || !y) return [];
  const [a, b] = x.id === "Country:中国" || y.id !== "Country:中国" ? [x, y] : [y, x];
  for (const m of norm.matchAll(PAIR)) {
    const at = m.index ?? 0;
    if (ms.some((n) => n.cs <= at && at < n.ce)) continue;
    const s = sentenceStart(norm, at);
    if (ms.some((n) => n.id.startsWith("Country:") && n.cs >= s && n.ce <= at)) continue;
    const lead = norm.slice(clauseStart(norm, at), at);
    if (!LEAD.test(lead)) continue;
    const end = clauseEnd(norm, at + m[0].length);
    if (!TOGETHER.test(norm.slice(at + m[0].length, end))) continue;
    return [
      {
        type: "COOPERATES_WITH",
        source: a.id,
        target: b.id,
        evidence: [ev("pattern", at, end), a.ev, b.ev],
        confidence: 0.6,
      },
    ];
  }
  return [];
}
