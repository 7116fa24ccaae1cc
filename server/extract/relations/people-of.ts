import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";

/**
 * Right after a place or country, with at most 的/籍, a word of where or which (来华, 在华, 大, 中, 小: triggers.json
 * "peopleOrigin") and 国家/各国 between, a noun of a group of people (triggers.json "peopleGroups": 学生, 青年,
 * 游客, 员工, 农民…): the place only says where the people come from (某国的青年与中国学子共同植树), the people
 * act, not the state, on either side of 与 (joint-with.ts, cooperation.ts).
 */
const PEOPLE_OF = new RegExp(
  `^(的|籍)?(${trigger("peopleOrigin").source})?(国家|各国)?(${trigger("peopleGroups").source})`,
);
/**
 * The people noun names the field of a cooperation or exchange (甲市与乙国学生交换合作, 甲省与乙国游客包机合作,
 * 与乙国青年干部培训合作): a field noun of triggers.json "peopleFieldNouns" with 合作/交流 after it, the
 * place keeps its side.
 */
const FIELD_OF = new RegExp(`^[\\u4e00-\\u9fff]{0,2}?(${trigger("peopleFieldNouns").source})(合作|交流)`);

/** Whether the place or country `m` only qualifies a group of people written right after it. */
export function peopleOf(norm: string, m: Mention): boolean {
  const people = norm.slice(m.ce).match(PEOPLE_OF);
  return !!people && !FIELD_OF.test(norm.slice(m.ce + people[0].length));
}
