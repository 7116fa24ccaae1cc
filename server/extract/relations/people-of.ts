import type { Mention } from "../entities/types";
import { relationAlt, trigger } from "../lexicon";

/**
 * Right after a place or country, with at most 的/籍, a word of where or which (来华, 在华, 大, 中, 小: triggers.json
 * "peopleOrigin") and 国家/各国 between, a noun of a group of people (triggers.json "peopleGroups": 学生, 青年,
 * 游客, 员工, 农民…): the place only says where the people come from (某国的青年与中国学子共同植树), the people
 * act, not the state, on either side of 与 (joint-with.ts, cooperation.ts).
 */
const PEOPLE_OF = new RegExp(
  `^(${relationAlt("peopleOfPossessives")})?(${trigger("peopleOrigin").source})?(${relationAlt("peopleOfCountryNouns")})?(${trigger("peopleGroups").source})`,
);
/**
 * The people noun opens a short noun phrase closed by 合作/交流/项目/机制 (甲市与乙国学生交换合作, 甲国与乙国游客互送合作机制,
 * 与乙国青年交流项目; a field noun of triggers.json "peopleFieldNouns" or at most 4 other characters between): the
 * phrase names the field of the two places' cooperation and the place keeps its side, unless a verb of the
 * people or 共同/一起 (triggers.json "peopleActVerbs") or another party (与, 同, 和) stands between: the people act.
 */
const FIELD_OF = new RegExp(
  `^(?:${trigger("peopleFieldNouns").source})?(?:(?!${trigger("peopleActVerbs").source}|[与同和在])[\\u4e00-\\u9fff]){1,4}?(${relationAlt("peopleFieldCloses")})`,
);
/** 合作/交流 right after the people noun is their own act (友人合作举办…) unless a noun or a clause end follows it. */
const FIELD_NOW = new RegExp(
  `^(?:${relationAlt("peopleFieldNowNouns")})|^(?:${relationAlt("peopleFieldNowActs")})(?:${relationAlt("peopleFieldNowAfter")}|[，,。；;！]|$)`,
);
/** Whether the place or country `m` only qualifies a group of people written right after it. */
export function peopleOf(norm: string, m: Mention): boolean {
  const people = norm.slice(m.ce).match(PEOPLE_OF);
  if (!people) return false;
  const rest = norm.slice(m.ce + people[0].length);
  return !FIELD_OF.test(rest) && !FIELD_NOW.test(rest);
}
