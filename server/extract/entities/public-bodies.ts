import { hanRunBefore } from "../clauses";
import { COUNTED_BODIES_BEFORE, charClass, entityAlt, NAME_FUNCTION_CHARS, readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { EntityRule } from "./types";

const BODY_LEX = readLexicon<{
  heads: string[];
  setUpVerbs: string[];
  cooperationVerbs: string[];
  cooperationLeads: string[];
  cooperationUnitHeads: string[];
  cooperationGoOn: string[];
}>("public-body-heads.json");
/**
 * The words after 大学, before a unit's head, open with a verb of setting up (与某大学共同组建研究院) or, with a
 * partner before the university (与/和/同), of working together (与某大学合作设立孔子学院): a clause about a
 * new body, not a school (here) or an institute (university-institutes.ts) of the university. Further on, or
 * with no partner before, the words are the unit's own (某大学中德合作学院, 某大学合作发展学院).
 */
const lead = `^(?:${BODY_LEX.cooperationLeads.join("|")})?`;
const SET_UP = new RegExp(`${lead}(?:${BODY_LEX.setUpVerbs.join("|")})`);
const COOPERATE = new RegExp(`${lead}(?:${BODY_LEX.cooperationVerbs.join("|")})`);
/** Words after the verb of working together that go on with the clause (设立, 建设, 办学). */
const GO_ON = new RegExp(`^(?:${[...BODY_LEX.setUpVerbs, ...BODY_LEX.cooperationGoOn].join("|")})`);
/** A unit's head within four characters after that verb (合作发展学院, 合作学院): the unit's own name. */
const UNIT_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${BODY_LEX.cooperationUnitHeads.join("|")})`);

/** True when the words after the 大学 at `k` (`words`) are a clause of setting up or working together. */
export function schoolClause(norm: string, k: number, words: string): boolean {
  if (SET_UP.test(words)) return true;
  const verb = COOPERATE.exec(words);
  if (!verb) return false;
  // 和某大学合作发展学院: a unit's head right after 合作 (not 共建, 合办: they build it), no verb going on
  const after = norm.slice(k + 2 + verb[0].length, k + 14);
  if (verb[0].endsWith("合作") && !GO_ON.test(after) && UNIT_AFTER.test(after)) return false;
  // a partner word with a university's name of two characters or more after it (与同济大学, not 同济大学)
  const run = norm.slice(hanRunBefore(norm, k, 14), k);
  return run.length > 2 && [..."与和同"].some((c) => run.lastIndexOf(c, run.length - 3) >= 0);
}

const HEADS = [...BODY_LEX.heads].sort((a, b) => b.length - a.length);
/** A unit of a government body right after its name: a field and a head (政务服务中心, 办公厅). */
const UNIT = new RegExp(`^([\\u4e00-\\u9fff]{0,6}?)(?:${[...HEADS, "办"].join("|")})`);
/** Words a unit's field does not hold: function words, verbs of a clause, list marks. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则与及和、等并于到已也被还都又同");
/** A count of places (三省一市, 两地, 五国): the places listed before it share the body, none leads its name. */
const PLACE_COUNT = new RegExp(`[一二两三四五六七八九十]+(?:${entityAlt("bodyPlaceCountNouns")})`);
/** Heads of bodies that have units of their own (a university's 学院 is read apart). */
const GOVERNMENT = new RegExp(entityAlt("bodyGovernmentHeads"));

/** The heads this rule reads (GOVERNMENT's, then the academies' and universities'); also to find a name already closed in a run (closedAfter). */
const BODY_HEADS = new RegExp(`${GOVERNMENT.source}|${entityAlt("bodyAcademyHeads")}`, "g");
/** What may stand right before the place that leads a body's name (的, 和, 、, 由, 是). */
const PLACE_OPENER = new RegExp(`(${entityAlt("bodyPlaceOpeners")})$`);
/** What breaks the run between that place and the body's head (的, 和, 与). */
const PLACE_BREAK = new RegExp(entityAlt("bodyPlaceBreaks"));

/**
 * True when a body's head stands in the run after the place and a preposition with a place after it follows
 * that head (老挝苏州大学由中国苏州大学: name-boundaries.json beforePlace, read by names.ts
 * placeAfterPreposition): the place's name closed at the first head, and the later place leads the next name.
 * A head with no such preposition after it is part of one name (中国科学院深圳理工大学, 北京大学国家发展研究院).
 */
function closedAfter(n: Names, run: string, placeEnd: number): boolean {
  for (const h of run.slice(placeEnd).matchAll(BODY_HEADS)) {
    const end = placeEnd + (h.index ?? 0) + h[0].length;
    if (n.placeAfterPreposition(run.slice(end - 1))) return true;
  }
  return false;
}

/**
 * True when a country leads the run and another country stands further on, two characters or more after it
 * (老挝留学生登陆中国苏州大学): the later country leads the body's name, the first belongs to the clause before
 * it. Countries written side by side are one name's words (美国哥伦比亚大学, 中国日本研究院).
 */
function secondCountry(
  p: { id: string; end: number },
  places: readonly { id: string; start: number }[],
): boolean {
  return (
    p.id.startsWith("Country:") && places.some((q) => q.start >= p.end + 2 && q.id.startsWith("Country:"))
  );
}

/** The end of a body's name, its unit included when one follows (广元市人民政府政务服务中心). */
function withUnit(norm: string, head: string, ce: number): number {
  if (!GOVERNMENT.test(head)) return ce;
  const u = UNIT.exec(norm.slice(ce, ce + 12));
  if (!u || FUNCTION.test(u[0])) return ce;
  // a unit is a field of two characters or more and a head (政务服务中心), or a head of three (办公厅)
  const field = (u[1] ?? "").length;
  return field >= 2 || (field === 0 && u[0].length >= 3) ? ce + u[0].length : ce;
}

/**
 * Place-led public bodies: 上海市人大常委会, 宁波市发展和改革委员会, 上海临港国际人工智能研究院,
 * 海南省社会科学院, 重庆工商大学, 新疆大学经济与管理学院 (a school keeps its university); a government
 * body's unit written right after it belongs to the name (广元市人民政府政务服务中心, 湖北省人民政府办公厅).
 */
export const publicBodies: EntityRule = {
  name: "public-bodies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    for (const m0 of norm.matchAll(BODY_HEADS)) {
      const schoolRun =
        m0[0] === "大学"
          ? /^(?![和与及])(?:(?!大学)[^，。、；的和及]){2,10}?学院/.exec(norm.slice((m0.index ?? 0) + 2))
          : null;
      const school = schoolRun && !schoolClause(norm, m0.index ?? 0, schoolRun[0]) ? schoolRun : null;
      const m = [school ? `大学${school[0]}` : m0[0]] as unknown as RegExpMatchArray;
      m.index = m0.index;
      const k = m.index ?? 0;
      if (COUNTED_BODIES_BEFORE.test(norm.slice(Math.max(0, k - 8), k))) continue;
      const from = hanRunBefore(norm, k, 14);
      const places = n.placesIn(norm.slice(from, k));
      // the first place that starts a name running up to the body without 的/和/与 in between, nor 及
      // with another place after it (a list: 江苏省及浙江省人民政府; 福建省海洋及渔业研究院 is one name);
      // a 、 ends the run of Han characters, so a place before it is never in `places`
      const first = places.find((p) => {
        const before = norm.slice(from, from + p.start);
        const between = norm.slice(from + p.end, k);
        const list = between.indexOf("及");
        return (
          (p.start === 0 || PLACE_OPENER.test(before)) &&
          !PLACE_BREAK.test(between) &&
          !PLACE_COUNT.test(between) &&
          !closedAfter(n, norm.slice(from, k), p.end) &&
          !secondCountry(p, places) &&
          (list < 0 || !places.some((q) => q.start > p.end + list))
        );
      });
      if (!first) continue;
      const ce = withUnit(norm, m[0], k + m[0].length);
      // 中国国家发展和改革委员会: China before a national body of the catalog is no part of its name
      if (first.id === "Country:中国" && n.cat.resolve(norm.slice(from + first.end, ce), ["Organization"]))
        continue;
      add(n.placeLedOrganisation(norm, from + first.start, ce, first, from));
    }
  },
};
