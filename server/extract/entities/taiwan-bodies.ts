import { HAN } from "../clauses";
import { insideWord } from "../inside-words";
import { longestAlternatives, readLexicon, STRONG_STOPS } from "../lexicon";
import { nameWords } from "./body-units";
import { bodyGazetteer } from "./central-bodies";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

const TAIWAN_BODIES = readLexicon<{
  bodies: Record<string, string>;
  unitHeads: string[];
  afterBodies: string[];
  unitStops: string[];
  notTitleTails: string[];
}>("taiwan-bodies.json");
/** Taiwan itself before a body names its own body (台湾经济部), as China does (中国台湾行政院). */
const HOME = ["Country:中国", "Province:台湾省"];
const GAZETTEER = bodyGazetteer("taiwan-bodies", "taiwan-bodies.json", HOME);

/** A body and a unit's name right after it: two to eight Han characters and a unit's head (某某管理局, 某某办公室). */
const BODY_UNIT = new RegExp(
  `(?:${longestAlternatives(Object.keys(TAIWAN_BODIES.bodies))})(${HAN.source}{2,8}?(?:${longestAlternatives(TAIWAN_BODIES.unitHeads)}))`,
  "g",
);
/**
 * A place or a body right before the name makes it another government's body or that body's department; not
 * Taiwan itself (台湾经济部).
 */
const BEFORE = /^(Province|City|Country|Organization):/;
/** Segmenter tags of a noun that, written right before the name, makes it a unit of a longer name. */
const NOUN_TAG = /^(n|vn|nz|nt)$/;
/** Words no unit's name holds: strong stops of two characters or more, and the lexicon's single characters. */
const STOPS = [...STRONG_STOPS.filter((w) => w.length > 1), ...TAIWAN_BODIES.unitStops];
/** A unit's head at the unit's end, to cut the unit's own words (its field) from it. */
const HEAD_END = new RegExp(`(?:${longestAlternatives(TAIWAN_BODIES.unitHeads)})$`);

/**
 * Whether the unit's head, at `end`, ends a word of the text: no word runs on past it (企业处理: 处 opens 处理).
 */
function headEndsWord(norm: string, start: number, end: number, n: Names): boolean {
  return !tagWords(norm.slice(start, end + 2), n.cat).some(
    (w) => w.start < end - start && w.end > end - start,
  );
}

/**
 * Whether a noun of two characters or more ends right before the name at `cs` (教育考试院, 人事考试院, 银行经济部,
 * 学校考试院): the name is then the end of another body's name or a department, no Taiwan body; verbs and
 * prepositions before it (担任, 配合, 在, 据) leave it free.
 */
function nounBefore(norm: string, cs: number, ce: number, n: Names): boolean {
  const from = Math.max(0, cs - 6);
  return tagWords(norm.slice(from, ce), n.cat).some(
    (w) => w.end === cs - from && w.end - w.start >= 2 && NOUN_TAG.test(w.tag),
  );
}

/**
 * Taiwan's government bodies of the gazetteer data/lexicon/taiwan-bodies.json, named with no place before
 * them (行政院, 立法院, 经济部, 金管会): as written. A place before the name makes it another government's
 * body (德国经济部, the gazetteer's rule; not 台湾经济部), as does a body before it (某办经济部: that body's
 * department) or a noun (教育考试院, 银行经济部: nounBefore);
 * a title merged into the name's last character (经济部长) names the body too, but for a ministers' meeting
 * (某某部长会议: taiwan-bodies.json notTitleTails). A unit written
 * right after the body (经济部某某管理局, 立法院某某委员会) makes one organisation with it, unless its words
 * hold a name boundary (a clause, a list) or are no name's words (body-units.ts nameWords: 部署, 布局).
 */
export const taiwanBodies: EntityRule = {
  name: "taiwan-bodies",
  type: "Organization",
  priority: GAZETTEER.priority,
  find(ctx) {
    const { norm, cands, n } = ctx;
    const before = new Set(
      cands.filter((c) => BEFORE.test(c.id) && c.id !== "Province:台湾省").map((c) => c.ce),
    );
    const free = (cs: number, ce: number) =>
      !before.has(cs) &&
      !TAIWAN_BODIES.afterBodies.includes(norm[cs - 1] ?? "") &&
      !nounBefore(norm, cs, ce, n);
    // a ministers' meeting (某某部长会议) names no body: the title is a class of officers there
    const meeting = (ce: number) => TAIWAN_BODIES.notTitleTails.some((t) => norm.startsWith(t, ce));
    GAZETTEER.find({
      ...ctx,
      add(m) {
        if (free(m.cs, m.ce) && !meeting(m.ce)) ctx.add(m);
      },
    });
    for (const m of norm.matchAll(BODY_UNIT)) {
      const cs = m.index ?? 0;
      const unit = m[1] ?? "";
      if (!free(cs, cs + m[0].length - unit.length) || insideWord(norm, cs, cs + m[0].length - unit.length))
        continue;
      if (STOPS.some((w) => unit.includes(w))) continue;
      // the unit's words make a name (not 部署, 布局: common words ending in a head; no adverb, time word or clause verb)
      if (!nameWords(unit, unit.replace(HEAD_END, "").length, n)) continue;
      if (!headEndsWord(norm, cs + m[0].length - unit.length, cs + m[0].length, n)) continue;
      ctx.add({ id: n.resolveOrRegister("Organization", m[0]), cs, ce: cs + m[0].length, method: "pattern" });
    }
  },
};
