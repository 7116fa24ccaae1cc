import { readLexicon } from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { EntityRule } from "./types";

const lex = readLexicon<{ heads: string[]; stateForms: string[]; units: string[]; officeHeads: string[] }>(
  "diplomatic-missions.json",
);
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
/** A state's formal word before 驻 (尼泊尔王国驻…), then 驻 itself. */
const STATIONED = new RegExp(`^(?:${alternatives(lex.stateForms)})?驻`);
/**
 * The receiving state or city (one to ten Han characters, no list or clause words), the mission head
 * (data/lexicon/diplomatic-missions.json), and a section of the mission that names an office of its own.
 */
const MISSION = new RegExp(
  `^([\\u4e00-\\u9fff]{1,10}?)(?:${alternatives(lex.heads)})(?:${alternatives(lex.units)})?`,
);
/**
 * A representative office (data/lexicon/diplomatic-missions.json officeHeads): the receiving place, a bracketed
 * city after it (驻北美(某城)经贸办事处) and up to four characters of field (经贸, 商务) before the head.
 */
const OFFICE = new RegExp(
  `^([\\u4e00-\\u9fff]{1,8}?)(?:\\(([\\u4e00-\\u9fff]{1,8})\\))?([\\u4e00-\\u9fff]{0,4}?)(?:${alternatives(lex.officeHeads)})`,
);
/** Words that end a place name before a head could: a list, a clause, another mission. */
const NOT_A_PLACE = /[、和与及或的在是为驻等各]|大使|领事/;
/** Senders: a state, a province or city, or a place's government (某市人民政府驻某地办事处). */
const SENDER = /^(?:Country|Province|City):|^Organization:.*政府$/;

/** The end of a representative office's name after 驻 at `at`, or 0. */
function officeEnd(norm: string, at: number): number {
  const m = OFFICE.exec(norm.slice(at, at + 24));
  if (!m?.[1] || [m[1], m[2] ?? "", m[3] ?? ""].some((w) => NOT_A_PLACE.test(w))) return 0;
  return at + m[0].length;
}
/** Direction and size words that make a state's name the tail of a longer one (北爱尔兰, 新几内亚). */
const TAIL_OF_NAME = /[东西南北新大]/;

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
      const end = country || stationed[0] === "驻" ? officeEnd(norm, at) : 0;
      if (end > 0) addLedOrganization(ctx, state, end);
    }
  },
};
