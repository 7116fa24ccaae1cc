import { hanRunBefore } from "../clauses";
import type { EntityRule } from "./types";

/**
 * A shipping line's trade word (航运, 海运, 船务) followed by what a company does or is: its legal form, a
 * bracketed abbreviation, a verb of running lines, or a list of further firms. Particles, the copula,
 * prepositions and conjunctions (日本海运的发展, 日本海运和韩国海运) follow the trade of a place as well.
 */
const LINE =
  /(航运|海运|船务)(?=公司|集团|股份|有限|旗下|[（(]|联合|、|等|投入|开通|开行|开辟|首次|共同|独家|运营)/g;
/** Prepositions that may open the run before the name (该航线由万海航运…: the name starts after the last). */
const OPENERS = "由据从在与和及经向对为是将把被";
/** Bases that make the phrase a trade, not a firm (国际航运, 远洋海运, 集装箱航运…). */
const GENERIC =
  /^(国际|远洋|近洋|内河|沿海|沿江|集装箱|港口|水路|海上|国内|全球|中国|现代|江海|海铁|铁海|联运|班轮|外贸|内贸|中外|干散货|液化|散货|智慧|绿色|发展|推动|促进|加快|提升|航空|物流)$/;

/** What must follow a short name that is no known place: a legal form, a bracketed abbreviation or a list
 * of firms (万海航运、运达航运; 中远海运在… is left to the catalog and the company rules). */
const FIRM_AFTER = /^(公司|集团|股份|有限|旗下|[（(]|、|等)/;
/** Time and linking words that open a clause (此前海运…, 目前航运…): no name. */
const TIME = /^(此前|目前|此后|今年|去年|明年|当前|同时|其中|近年|随后|另外|此外|未来|全年)/;

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
      if (last && from + last.end === k) cs = from + last.start;
      else if (FIRM_AFTER.test(norm.slice(k + 2))) {
        const run = norm.slice(from, k);
        const base = run.slice(Math.max(...[...OPENERS].map((c) => run.lastIndexOf(c))) + 1);
        if (base.length >= 2 && base.length <= 3) cs = k - base.length;
      }
      if (cs < 0) continue;
      const base = norm.slice(cs, k);
      if (GENERIC.test(base) || TIME.test(base) || /[的是在了为将把对从以向其和与及]/.test(base)) continue;
      const company =
        /^(集团有限公司|股份有限公司|有限公司|集团|公司)/.exec(norm.slice(k + 2))?.[0].length ?? 0;
      const name = norm.slice(cs, k + 2 + company);
      add({ id: n.resolveOrRegister("Organization", name), cs, ce: k + 2 + company, method: "pattern" });
    }
  },
};
