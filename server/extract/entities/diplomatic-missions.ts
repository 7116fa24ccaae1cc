import { longestAlternatives, readLexicon } from "../lexicon";
import { addLedOrganization } from "./led-names";
import { placeEnd as anyPlaceEnd, NOT_A_PLACE_CHARS, RECEIVING, TAIL_OF_NAME } from "./office-places";
import type { EntityContext, EntityRule } from "./types";

const lex = readLexicon<{
  heads: string[];
  stateForms: string[];
  units: string[];
  officeFields: string[];
  officePlaceAbbreviations: string;
  missionNotPlaceWords: string[];
}>("diplomatic-missions.json");
/** A state's formal word before 驻 (尼泊尔王国驻…), then 驻 itself. */
const STATIONED = new RegExp(`^(?:${longestAlternatives(lex.stateForms)})?驻`);
/**
 * The receiving state or city (one to ten Han characters, no list or clause words), the mission head
 * (data/lexicon/diplomatic-missions.json), and a section of the mission that names an office of its own.
 */
const MISSION = new RegExp(
  `^([\\u4e00-\\u9fff]{1,10}?)(?:${longestAlternatives(lex.heads)})(?:${longestAlternatives(lex.units)})?`,
);
/** Words that end a place name before a head could: a list, a clause (office-places.ts NOT_A_PLACE_CHARS), another
 * mission (missionNotPlaceWords). */
const NOT_A_PLACE = new RegExp(`[、${NOT_A_PLACE_CHARS}]|${lex.missionNotPlaceWords.join("|")}`);
/** Senders: a state, a province or city (office-places.ts RECEIVING), or a place's government (某市人民政府驻某地办事处). */
const SENDER = new RegExp(`${RECEIVING.source}|^Organization:.*政府$`);
/** The heads of a body's office in a place, shared with organization-branches.ts (org-branches.json heads: the
 * offices, not the 分- branches). */
const OFFICE_HEADS = readLexicon<{ heads: string[] }>("org-branches.json").heads.filter(
  (h) => !h.startsWith("分"),
);
/**
 * After the receiving place: an optional field word (data/lexicon/diplomatic-missions.json officeFields: 经贸,
 * 商务, 经济文化…) and the office head (某省驻某国经贸办事处). Any other word between is a firm's or a work
 * unit's office (驻华企业代表处, 驻村工作队联络处): none.
 */
const OFFICE_TAIL = new RegExp(
  `^(?:${longestAlternatives(lex.officeFields)})?(?:${longestAlternatives(OFFICE_HEADS)})`,
);

/** The end of a catalogued state, province or city or a hand-picked foreign city at `at` (office-places.ts). */
const placeEnd = (ctx: EntityContext, at: number): number => anyPlaceEnd(ctx, at, true);

/** The end of the receiving place after 驻 at `at`: a catalogued place (placeEnd), else one or two one-character
 * abbreviations (驻京, 驻港澳: diplomatic-missions.json officePlaceAbbreviations), else 0 (驻外, 驻地, 驻村). */
function receivingEnd(ctx: EntityContext, at: number): number {
  const end = placeEnd(ctx, at);
  if (end > 0) return end;
  let k = at;
  while (k < at + 2 && lex.officePlaceAbbreviations.includes(ctx.norm[k] ?? "")) k++;
  return k > at ? k : 0;
}

/** The end of a representative office's name after 驻 at `at`, or 0. A state may be followed by its city
 * (某省驻泰国曼谷商务代表处): the office tail comes after the city. */
function officeEnd(ctx: EntityContext, at: number): number {
  const place = receivingEnd(ctx, at);
  if (place === 0) return 0;
  const city = placeEnd(ctx, place);
  for (const end of city > 0 ? [place, city] : [place]) {
    const tail = OFFICE_TAIL.exec(ctx.norm.slice(end, end + 10));
    if (tail) return end + tail[0].length;
  }
  return 0;
}

/**
 * Diplomatic and consular missions (泰国驻南宁总领事馆, 中国驻格鲁吉亚大使馆经济商务处): a sending
 * state, 驻, the receiving state or city, a mission head. The whole name is the organisation, kept
 * as written; the sending state is its part. An ambassador (驻格鲁吉亚大使) or a mission without its
 * sending state (驻华使馆) names no organisation here.
 */
export const diplomaticMissions: EntityRule = {
  name: "diplomatic-missions",
  type: "Organization",
  priority: 1,
  find(ctx) {
    const { norm } = ctx;
    // a state opening the name, not the tail of a longer one (北爱尔兰 of 大不列颠及北爱尔兰联合王国)
    const states = ctx.cands.filter((c) => SENDER.test(c.id) && !TAIL_OF_NAME.test(norm[c.cs - 1] ?? ""));
    for (const state of states) {
      const stationed = STATIONED.exec(norm.slice(state.ce, state.ce + 12));
      if (!stationed) continue;
      const at = state.ce + stationed[0].length;
      const country = state.id.startsWith("Country:");
      const mission = country ? MISSION.exec(norm.slice(at, at + 24)) : null;
      if (mission?.[1] && !NOT_A_PLACE.test(mission[1])) {
        addLedOrganization(ctx, state, at + mission[0].length);
        continue;
      }
      // (a province's or city's formal state words are none: its 驻 follows it at once)
      const end = country || stationed[0] === "驻" ? officeEnd(ctx, at) : 0;
      if (end > 0) addLedOrganization(ctx, state, end);
    }
  },
};
