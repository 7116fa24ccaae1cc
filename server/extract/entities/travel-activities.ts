import { clauseOf } from "../clauses";
import { alternatives, charClassBody, readLexicon, SECTOR_FOCUS } from "../lexicon";
import type { Mention } from "./types";

/**
 * Sector words that name what travellers do (来旅游和购物, 前往尼泊尔旅游的游客, 经商、旅游、探亲, 旅游团,
 * 从旅游角度来说): a trip, not a field a place develops, so no Industry. Never where a focus word governs the
 * sector (重点发展旅游、购物、会展). The words are data (data/lexicon/industry.json travelVerbs, travelPurposes,
 * travelHeads, travellers, purposeNotBefore, tourismHeads, activityEndChars).
 */
const LEX = readLexicon<{
  travelVerbs: string[];
  travelPurposes: string[];
  travelHeads: string[];
  travellers: string[];
  purposeNotBefore: string[];
  tourismHeads: string[];
  tourismMark: string;
  activityEndChars: string;
}>("industry.json");
/** A verb of going (来 and 去 not as the end of another word: 近年来, 过去). */
const GOING_WORD = alternatives(LEX.travelVerbs);
/** The same, as the end of a text. */
const GOING = new RegExp(`(?:${GOING_WORD.source})$`);
/** Places that may stand between the verb and the activity (前往尼泊尔旅游). */
const PLACE = /^(?:Country|Province|City):/;
/** What may follow the activity: a particle, a conjunction, a list comma or a clause end (来旅游和购物). */
const ACTIVITY_END = new RegExp(`^(?:[${charClassBody(LEX.activityEndChars)}]|$)`);
/** A purpose of a trip, not the start of a longer noun (购物中心, 留学服务). */
const PURPOSE = `(?:${alternatives(LEX.travelPurposes).source})(?!${alternatives(LEX.purposeNotBefore).source})`;
/** Another purpose of a trip listed right before or after the sector (经商、旅游、探亲). */
const PURPOSE_BESIDE = new RegExp(`${PURPOSE}[、和及与]$`);
const PURPOSE_AFTER = new RegExp(`^[、和及与]${PURPOSE}`);
const PURPOSES = new RegExp(PURPOSE, "g");
/** Travellers or their entry in the clause (游客, 公民, 来华, 免签), or a verb of going. */
const TRAVELLER = new RegExp(`${alternatives(LEX.travellers).source}|${GOING_WORD.source}`);
/** A noun of a trip or of travellers right after the sector (旅游团, 旅游专用, 旅游角度). */
const TRAVEL_HEAD = new RegExp(`^(?:${alternatives(LEX.travelHeads).source})`);
/** A head of a traveller, read only after a tourism word (旅游者, not 跨境电商者). */
const TOURISM_HEAD = new RegExp(`^(?:${alternatives(LEX.tourismHeads).source})`);

/** True when a verb of going stands right before the sector, or right before a place written right before it. */
function goneTo(norm: string, out: readonly Mention[], m: Mention): boolean {
  const place = out.find((p) => p.ce === m.cs && PLACE.test(p.id));
  const at = place ? place.cs : m.cs;
  return GOING.test(norm.slice(Math.max(0, at - 3), at));
}

/** 经商、旅游、探亲: a purpose beside the sector, with a second purpose or a traveller in the clause. */
function tripPurpose(norm: string, a: number, e: number, m: Mention): boolean {
  const before = norm.slice(Math.max(a, m.cs - 8), m.cs);
  const after = norm.slice(m.ce, Math.min(e, m.ce + 6));
  if (!PURPOSE_BESIDE.test(before) && !PURPOSE_AFTER.test(after)) return false;
  const clause = norm.slice(a, e);
  return (clause.match(PURPOSES)?.length ?? 0) >= 2 || TRAVELLER.test(clause);
}

/** True when the sector at m is what a traveller does rather than a field a place develops. */
function isActivity(norm: string, out: readonly Mention[], m: Mention): boolean {
  const [a, e] = clauseOf(norm, m.cs);
  if (SECTOR_FOCUS.test(norm.slice(a, m.cs))) return false;
  const after = norm.slice(m.ce, m.ce + 6);
  if (TRAVEL_HEAD.test(after)) return true;
  if (TOURISM_HEAD.test(after) && norm.slice(m.cs, m.ce).includes(LEX.tourismMark)) return true;
  if (tripPurpose(norm, a, e, m)) return true;
  return ACTIVITY_END.test(after) && goneTo(norm, out, m);
}

/** Removes (in place) industries that name a traveller's activity. */
export function dropTravelActivities(norm: string, out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m?.id.startsWith("Industry:") && isActivity(norm, out, m)) out.splice(k, 1);
  }
}
