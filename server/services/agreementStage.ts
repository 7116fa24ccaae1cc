/**
 * The stage of an agreement relation when the loaded relationship does not carry one: read from the
 * sentences that state it. "我国已申请加入 CPTPP" → applied; "签署《美墨加协定》" → signed; "全面落实 RCEP"
 * (an agreement in force being implemented) → in_force; "自贸试验区先行先试相关措施" → pilots; anything else
 * → aligned. When the sentences say several things, the furthest stage wins (in force over ratified over
 * signed over applied), then pilots. Only states (countries) and organisations apply for, sign or ratify
 * a treaty: for a zone, an area or a province the sentence "RCEP 签署后，自贸试验区先行先试" means the place
 * pilots the rules, so their stage is pilots or aligned.
 */
export type AgreementStage = "applied" | "signed" | "ratified" | "in_force" | "pilots" | "aligned";

const RULES: [AgreementStage, RegExp][] = [
  // "尚待实施" (not yet implemented) must not read as in force.
  ["in_force", /(已经?生效|正式生效|已实施|全面落实|全面实施|生效实施)/],
  ["ratified", /(批准|核准)/],
  ["signed", /(签署|签订|签约)/],
  ["applied", /(申请加入|正式申请|申请参加)/],
  ["pilots", /(先行先试|率先|试点|压力测试)/],
];

const PARTIES: ReadonlySet<string> = new Set(["Country", "Organization"]);

export function stageFromSentences(texts: readonly string[], rowType = "Country"): AgreementStage {
  const all = texts.join("\n");
  const party = PARTIES.has(rowType);
  for (const [stage, re] of RULES) if ((party || stage === "pilots") && re.test(all)) return stage;
  return "aligned";
}

/**
 * Whether a stored stage can hold for this kind of row: only parties (countries, organisations) apply
 * for, sign, ratify or bring a treaty into force; only places (zones, areas, provinces, cities) pilot
 * its rules. A stage that cannot hold is ignored and the sentences decide.
 */
export function stageFits(stage: AgreementStage, rowType: string): boolean {
  const party = PARTIES.has(rowType);
  return stage === "aligned" || (stage === "pilots" ? !party : party);
}

const STORED: ReadonlySet<string> = new Set(["applied", "signed", "ratified", "in_force", "pilots"]);

/**
 * The stage of one agreement relation: a stored stage that can hold for the row's kind wins, otherwise
 * the sentences say it (the rule of the agreement × zone matrix, also used by edge details).
 */
export function relationStage(
  stored: unknown,
  rowType: string,
  sentences: () => readonly string[],
): AgreementStage {
  if (typeof stored === "string" && STORED.has(stored) && stageFits(stored as AgreementStage, rowType))
    return stored as AgreementStage;
  return stageFromSentences(sentences(), rowType);
}
