import { hanRunBefore } from "../clauses";
import {
  CLAUSE_LINKS,
  CLAUSE_TIMES,
  charClass,
  NAME_FUNCTION_CHARS,
  NAME_OPENER_CHARS,
  readLexicon,
} from "../lexicon";
import type { EntityRule } from "./types";

const words = readLexicon<{ firmAfter: string[]; lineVerbs: string[]; firmTail: string[] }>(
  "shipping-lines.json",
);
/** What follows a firm's short name and trade word (公司, （, 、, 等, 联合, 排名, 2家): shipping-lines.json "firmAfter". */
const FIRM_FORMS = words.firmAfter.join("|");
/** Verbs of running lines (投入, 开通, 运营…): "lineVerbs". */
const LINE_VERBS = words.lineVerbs.join("|");
/** What follows a firm's name but not a place's trade (与…签约, 近期, a closing bracket): "firmTail". */
const FIRM_TAIL = words.firmTail.join("|");
/**
 * A shipping line's trade word (航运, 海运, 船务) followed by what a company does or is: its legal form, a
 * bracketed abbreviation, a verb of running lines, or a list of further firms. Particles, the copula,
 * prepositions and conjunctions (日本海运的发展, 日本海运和韩国海运) follow the trade of a place as well.
 */
const LINE = new RegExp(`(航运|海运|船务)(?=${FIRM_FORMS}|${LINE_VERBS}|${FIRM_TAIL})`, "g");
/** What follows a known place's trade word when it names a firm (not the partners nor the closing bracket a
 * short name may take: 日本海运与韩国海运合作 is two places' trades). */
const PLACE_FIRM_AFTER = new RegExp(`^(${FIRM_FORMS}|${LINE_VERBS})`);
/** Prepositions and particles that may open the run before the name (该航线由万海航运…: the name starts after
 * the last), the shared openers and the prepositions of agents and sources. */
const OPENERS = `${NAME_OPENER_CHARS}据从为将把被`;
/** Bases that make the phrase a trade, not a firm (国际航运, 远洋海运, 集装箱航运…: data/lexicon/shipping-lines.json). */
const GENERIC = new RegExp(
  `^(${readLexicon<{ tradeBases: string[] }>("shipping-lines.json").tradeBases.join("|")})$`,
);

/** What must follow a short name that is no known place: a legal form, a bracketed abbreviation, a list
 * of firms or their count (海丰航运、宏达航运2家船公司), running a line with another (宏达航运联合…) or a rank
 * (宏达航运排名第30位); 中远海运在… is left to the catalog and the company rules. */
const FIRM_AFTER = new RegExp(`^(${FIRM_FORMS}|${FIRM_TAIL})`);
/** Time and linking words that open a clause (此前海运…, 目前航运…, 过去海运…): no name. */
const TIME = new RegExp(`^(${CLAUSE_TIMES}|${CLAUSE_LINKS}|其中|另外)`);
/** Characters no firm's short name holds: the shared function characters, 其 and conjunctions. */
const IN_NAME_STOP = charClass(NAME_FUNCTION_CHARS, "其和与及");

/**
 * Shipping lines named by a short name and their trade word (地中海航运, 中联航运, 长荣海运公司): a firm, not a
 * sea or place with the shipping sector beside it. The name is a known place written before the trade word
 * (地中海航运), or a run of two to three Han characters after punctuation or a preposition, followed by a
 * legal form, a bracketed abbreviation or a list of firms (该航线由万海航运、运达航运…).
 */
export const shippingLines: EntityRule = {
  name: "shipping-lines",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    if (!/航运|海运|船务/.test(norm)) return;
    for (const m of norm.matchAll(LINE)) {
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 8);
      const places = n.placesIn(norm.slice(from, k));
      const last = places[places.length - 1];
      let cs = -1;
      if (last && from + last.end === k)
        cs = PLACE_FIRM_AFTER.test(norm.slice(k + 2)) ? from + last.start : -1;
      else if (FIRM_AFTER.test(norm.slice(k + 2))) {
        const run = norm.slice(from, k);
        const base = run.slice(Math.max(...[...OPENERS].map((c) => run.lastIndexOf(c))) + 1);
        if (base.length >= 2 && base.length <= 3) cs = k - base.length;
      }
      if (cs < 0) continue;
      const base = norm.slice(cs, k);
      if (GENERIC.test(base) || TIME.test(base) || IN_NAME_STOP.test(base)) continue;
      const company =
        /^(集团有限公司|股份有限公司|有限公司|集团|公司)/.exec(norm.slice(k + 2))?.[0].length ?? 0;
      const name = norm.slice(cs, k + 2 + company);
      add({ id: n.resolveOrRegister("Organization", name), cs, ce: k + 2 + company, method: "pattern" });
    }
  },
};
