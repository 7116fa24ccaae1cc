import { readLexicon } from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { EntityRule } from "./types";

const lex = readLexicon<{ heads: string[]; stateForms: string[]; units: string[] }>(
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
/** Words that end a place name before a head could: a list, a clause, another mission. */
const NOT_A_PLACE = /[、和与及或的在是为驻等]|大使|领事/;
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
    const states = ctx.cands.filter(
      (c) => c.id.startsWith("Country:") && !TAIL_OF_NAME.test(norm[c.cs - 1] ?? ""),
    );
    for (const state of states) {
      const stationed = STATIONED.exec(norm.slice(state.ce, state.ce + 12));
      const at = state.ce + (stationed?.[0].length ?? 0);
      const mission = stationed && MISSION.exec(norm.slice(at, at + 24));
      if (mission?.[1] && !NOT_A_PLACE.test(mission[1]))
        addLedOrganization(ctx, state, at + mission[0].length);
    }
  },
};
