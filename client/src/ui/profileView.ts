/** What the console shows for a PROFILE answer, in the language in use: the status line and the plan's lines. */
import type { CypherProfileResponse } from "../../../contracts/cypherPlan";
import { t } from "../i18n";
import { profileAsLines } from "../model/profileText";

export interface ProfileView {
  status: string;
  lines: string[];
  /** The heaviest operator's line in `lines` (0 is the heading), null when no operator hit the store. */
  heaviestLine: number | null;
}

export function profileView(p: CypherProfileResponse): ProfileView {
  const status = t("profileStatus")
    .replace("{n}", String(p.operators.length))
    .replace("{hits}", p.totalDbHits.toLocaleString("en"))
    .replace("{rows}", p.resultRows.toLocaleString("en"))
    .replace("{ms}", String(Math.round(p.neo4jMs ?? p.elapsedMs)));
  const lines = profileAsLines(p.operators, p.heaviest, {
    operator: t("planOperator"),
    estimated: t("profileEstimated"),
    rows: t("profileRows"),
    dbHits: t("profileDbHits"),
    details: t("planDetails"),
    heaviest: t("profileHeaviest"),
  });
  return { status, lines, heaviestLine: p.heaviest === null ? null : p.heaviest + 1 };
}
