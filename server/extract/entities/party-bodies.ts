import { entityAlt, FORMER_MARKS, PARTY_TITLES } from "../lexicon";
import { dropPlacesOpening } from "./place-filters";
import type { EntityRule, Mention } from "./types";

/** The administrative suffixes a place's party, congress or government bodies follow (省委, 州党委, 县政协). */
const BODY_SUFFIX = entityAlt("partyBodySuffixes");
/** The suffixes before an abbreviated party committee: those and 地 (喀什地委). */
const COMMITTEE_SUFFIX = `${BODY_SUFFIX}|地`;
/** Whether a place is written with its suffix (甘肃省, not 北京): only then may a bare 委 follow it. */
const SUFFIXED = /[省市州县区盟]$/;

/**
 * An officer's or member's title of a party committee (titles.json partyTitles), a former holder's mark
 * (formerMarks) allowed before it: 某省委书记某某, 某市委常委, 某省委原书记.
 */
const PARTY_TITLE = new RegExp(`^(?:${FORMER_MARKS})?(?:${PARTY_TITLES})`);
/** A party committee abbreviated to its place and 委 (四川省委, 喀什地委), no department and no 党委. */
const ABBREVIATED = new RegExp(`^(?:${COMMITTEE_SUFFIX})?委$`);

/**
 * Whether `committee` (what follows a place, up to `at` in `norm`) is an abbreviated party committee and an
 * officer's title of it follows (某省委书记某某, 某市委常委): the words name a person's office, not a body
 * (party-bodies.ts and government-bodies.ts, whose head 委 reads the same words).
 */
export function committeeInTitle(committee: string, norm: string, at: number): boolean {
  return ABBREVIATED.test(committee) && PARTY_TITLE.test(norm.slice(at, at + 8));
}

/** A place's abbreviated party committee: its suffix and 委, or 委 after a place written with its suffix. */
const COMMITTEE_AFTER = new RegExp(`^(?:${COMMITTEE_SUFFIX})?委(?![员会])`);

/**
 * Removes (in place) the places that only open an abbreviated party committee in a person's title
 * (某市委书记某某率团, 某区委常委): no body is named there, and the place is written only inside the title.
 */
export function dropTitledCommitteePlaces(norm: string, out: Mention[]): void {
  if (!norm.includes("委")) return;
  dropPlacesOpening(out, (m) => {
    const k = COMMITTEE_AFTER.exec(norm.slice(m.ce, m.ce + 4));
    if (!k || (k[0] === "委" && !SUFFIXED.test(norm.slice(m.cs, m.ce)))) return false;
    return committeeInTitle(k[0], norm, m.ce + k[0].length);
  });
}

/**
 * What may follow a place to make a party or state body of it: an administrative suffix and 委
 * (四川省委, 德宏州委, 喀什地委) with a department of it kept (舟山市委宣传部), 党委 (伊犁州党委), the
 * political consultative conference (舟山市政协), or a people's congress, its standing committee or a
 * government, an ordinal session dropped from the name (云南省第十三届人民代表大会常务委员会 →
 * 云南省人民代表大会常务委员会).
 */
const BODY_AFTER_PLACE = new RegExp(
  `^(?:(${COMMITTEE_SUFFIX})?委(?![员会])(?:${entityAlt("partyDepartments")})?|(${BODY_SUFFIX})?党委|(${BODY_SUFFIX})?(?:第[一二三四五六七八九十]+届)?(${entityAlt("partyCongressHeads")}))`,
);

/**
 * Party committees, people's congresses and governments led by a place: 四川省委, 中共德宏州委,
 * 伊犁州党委, 喀什地委, 云南省第十三届人民代表大会 (read as 云南省人民代表大会), 舟山市政协; party working committees
 * of a development zone (西咸新区党工委). The name is kept as
 * written (with a leading 中共); the place is its part, as in the other place-led bodies.
 */
export const partyBodies: EntityRule = {
  name: "party-bodies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      // the party working committee of a zone (哈尔滨新区党工委, X经开区工委)
      const work = /^DevZone:/.test(c.id) ? /^党?工委/.exec(norm.slice(c.ce, c.ce + 3)) : null;
      if (work) {
        const name = norm.slice(c.cs, c.ce + work[0].length);
        const parts = [{ id: c.id, cs: c.cs, ce: c.ce }];
        add({
          id: n.resolveOrRegister("Organization", name),
          cs: c.cs,
          ce: c.ce + work[0].length,
          method: "pattern",
          parts,
        });
        continue;
      }
      if (!/^(Province|City):/.test(c.id)) continue;
      const m = BODY_AFTER_PLACE.exec(norm.slice(c.ce, c.ce + 20));
      // a bare 委 only after a place written with its suffix (甘肃省委, not 北京委)
      if (!m || (m[0].startsWith("委") && !SUFFIXED.test(norm.slice(c.cs, c.ce)))) continue;
      // an abbreviated committee in a person's title (某省委书记某某, 某市委常委) names an office, not a body
      if (committeeInTitle(m[0], norm, c.ce + m[0].length)) continue;
      const cs = norm.slice(c.cs - 2, c.cs) === "中共" ? c.cs - 2 : c.cs;
      const ce = c.ce + m[0].length;
      const place = norm.slice(cs, c.ce);
      const name = m[4] ? `${place}${m[3] ?? ""}${m[4]}` : norm.slice(cs, ce);
      const parts = [{ id: c.id, cs: c.cs, ce: c.ce }];
      add({ id: n.resolveOrRegister("Organization", name), cs, ce, method: "pattern", parts });
    }
  },
};
