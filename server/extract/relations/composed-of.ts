import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { pushMembers } from "./stage";
import { T_COMPOSED } from "./triggers";
import type { RelationRule } from "./types";

/** What may stand between two members of the list: a separator, after a count (东盟10国及中国). */
const BETWEEN = /^(\d+\s*个?(国|国家|成员国))?(以及|[、和与及])$/;
/**
 * What may stand between the agreement and 由: nothing, or an adverb of contrast or of origin (DEPA则由A和B
 * 共同发起, X最初由A、B组成).
 */
const OPEN = /^\s*(则|最初|最早|起初|原本|原先|当初)?\s*由/;
/** What may open the list before its first recognised member: nothing, or a short unrecognised party. */
const FIRST = /^$|^[\u4e00-\u9fff]{1,8}?(\d+\s*个?(国|国家|成员国))?(以及|[、和与及])$/;

/**
 * Before an agreement: a word of composition and 的, then an optional descriptor closed by a dash or an
 * opening bracket (…组成的自由贸易区——CPTPP, …组成的贸易组织(CPTPP)), or a title mark.
 */
const MADE_BY = new RegExp(`(${T_COMPOSED.source})的(?:[\u4e00-\u9fff]{1,8}(?:——|—|[(（]))?[《“]?$`);
/** Between the last listed member and the word of composition: a count (…马来西亚11个国家组成的). */
const COUNT = /^(等)?(\d+|[一二三四五六七八九十]+)?\s*个?(国|国家|成员国|经济体)?$/;

/**
 * The countries listed after 由 that end right before the word of composition at `at` (由A、B和C
 * 11个国家组成的…), in text order; none unless the list opens right after 由.
 */
function listBefore(norm: string, countries: Mention[], at: number): Mention[] {
  const members: Mention[] = [];
  let end = at;
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i] as Mention;
    if (c.ce > end) continue;
    const gap = norm.slice(c.ce, end);
    if (!(members.length === 0 ? COUNT.test(gap) : BETWEEN.test(gap))) break;
    members.unshift(c);
    end = c.cs;
  }
  return norm[end - 1] === "由" ? members : [];
}

/**
 * An agreement made up of the countries listed after 由 (RCEP由东盟10国及中国、日本、韩国组成,
 * …(则)由A和B共同发起): ALIGNS_WITH from every listed country or bloc to the agreement. The list must
 * follow the agreement's name right after 由, and be closed by a word of composition (triggers.json
 * "composed"), after an optional count or bracket (等15国, (即10+5)); or the list after 由 may come
 * first and end with the word of composition and 的 right before the agreement (由A、B等11个国家组成的
 * CPTPP, 由A和B共同发起的DEPA). No stage: composition says nothing of signing or ratifying.
 */
export const composedOf: RelationRule = {
  name: "composed-of",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, of, push }) {
    const countries = [...of("Country"), ...abbr.filter((m) => typeOf(m.id) === "Country")].sort(
      (x, y) => x.cs - y.cs,
    );
    for (const ag of of("Agreement")) {
      const open = OPEN.exec(norm.slice(ag.ce));
      if (!open) continue;
      const members: Mention[] = [];
      let at = ag.ce + open[0].length;
      for (const c of countries) {
        if (c.cs < at) continue;
        const gap = norm.slice(at, c.cs);
        // (the list may open with a party not recognised as a name: 东协10国及中国…)
        if (!(members.length === 0 ? FIRST.test(gap) : BETWEEN.test(gap))) break;
        members.push(c);
        at = c.ce;
      }
      const close = new RegExp(
        `^(\\d+\\s*个?(国|国家|成员国))?(等\\d*\\s*个?(国|国家|成员国|经济体)?)?(\\([^)]{0,12}\\))?(${T_COMPOSED.source})`,
      );
      if (members.length === 0 || !close.test(norm.slice(at))) continue;
      const end = at + (close.exec(norm.slice(at))?.[0].length ?? 0);
      pushMembers(push, members, ag.id, () => ({ cs: ag.cs, ce: end }), undefined);
    }
    // 由A、B…11个国家组成的CPTPP: the members listed before the agreement
    for (const ag of of("Agreement")) {
      const made = MADE_BY.exec(norm.slice(Math.max(0, ag.cs - 24), ag.cs));
      if (!made) continue;
      const at = ag.cs - made[0].length;
      const members = listBefore(norm, countries, at);
      const first = members[0];
      if (!first) continue;
      pushMembers(push, members, ag.id, () => ({ cs: first.cs - 1, ce: ag.ce }), undefined);
    }
  },
};
