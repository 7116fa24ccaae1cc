import { alternatives, readLexicon } from "../lexicon";
import type { Mention } from "./types";

/**
 * Sector words that name what travellers do (来旅游和购物, 前往尼泊尔旅游的游客, 经商、旅游、探亲, 旅游团,
 * 从旅游角度来说): a trip, not a field a place develops, so no Industry. The words are data
 * (data/lexicon/industry.json travelVerbs, travelPurposes, travelHeads).
 */
const LEX = readLexicon<{ travelVerbs: string[]; travelPurposes: string[]; travelHeads: string[] }>(
  "industry.json",
);
/** A verb of going (来 and 去 not as the end of another word: 近年来, 过去), as the end of a text. */
const GOING = new RegExp(`(?:${LEX.travelVerbs.join("|")})$`);
/** Places that may stand between the verb and the activity (前往尼泊尔旅游). */
const PLACE = /^(?:Country|Province|City):/;
/** What may follow the activity: a particle, a conjunction, a list comma or a clause end (来旅游和购物). */
const ACTIVITY_END = /^(?:[的和与及、，,。；;！!？?”"]|$)/;
/** Another purpose of a trip listed beside the sector (经商、旅游、探亲). */
const PURPOSE = alternatives(LEX.travelPurposes);
const PURPOSE_BESIDE = new RegExp(`(?:${PURPOSE.source})[、和及与]$`);
/** (a purpose that opens a longer noun, 购物中心 or 留学服务, is no purpose) */
const PURPOSE_AFTER = new RegExp(`^[、和及与](?:${PURPOSE.source})(?!中心|服务|平台|经济|产业|业|市场)`);
/** A noun of a trip or of travellers right after the sector (旅游团, 旅游专用, 旅游角度). */
const TRAVEL_HEAD = new RegExp(`^(?:${LEX.travelHeads.join("|")})`);
/** The cheap test of a passage: one of the travel words. */
const ANY = new RegExp([...LEX.travelVerbs, ...LEX.travelPurposes, ...LEX.travelHeads].join("|"));

/** True when a verb of going stands right before the sector, or right before a place written right before it. */
function goneTo(norm: string, out: readonly Mention[], m: Mention): boolean {
  const place = out.find((p) => p.ce === m.cs && PLACE.test(p.id));
  const at = place ? place.cs : m.cs;
  return GOING.test(norm.slice(Math.max(0, at - 3), at));
}

/** True when the sector at m is what a traveller does rather than a field a place develops. */
function isActivity(norm: string, out: readonly Mention[], m: Mention): boolean {
  const before = norm.slice(Math.max(0, m.cs - 8), m.cs);
  const after = norm.slice(m.ce, m.ce + 6);
  if (TRAVEL_HEAD.test(after)) return true;
  if (PURPOSE_BESIDE.test(before) || PURPOSE_AFTER.test(after)) return true;
  return ACTIVITY_END.test(after) && goneTo(norm, out, m);
}

/** Removes (in place) industries that name a traveller's activity. */
export function dropTravelActivities(norm: string, out: Mention[]): void {
  if (!ANY.test(norm)) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m?.id.startsWith("Industry:") && isActivity(norm, out, m)) out.splice(k, 1);
  }
}
