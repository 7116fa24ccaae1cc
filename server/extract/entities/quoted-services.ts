import { CLAUSE_MARKS } from "../clauses";
import {
  endsInBrand,
  entityAlt,
  listWords,
  longestAlternatives,
  QUANTIFIER,
  readLexicon,
  SERVICE_BRAND_NOT_AFTER,
  SERVICE_BRAND_TRAIN_NOUNS,
  SERVICE_EPITHETS,
  SERVICE_HEADS,
} from "../lexicon";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

/**
 * A service named by its regions (中欧, 中亚, 欧亚, 亚欧: the network names of document-aliases.json
 * "networks" without their train word) earlier in the same clause.
 */
const REGIONS = readLexicon<{ networks: string[] }>("document-aliases.json").networks.map((x) =>
  x.replace(/班列$/, ""),
);
const REGIONS_IN_CLAUSE = new RegExp(`(${REGIONS.join("|")})[^${CLAUSE_MARKS}]*$`);

/**
 * A quoted “X号” brand right after a plain train word (宽轨班列“二连号”, 专列“某某号”): the brand names
 * the service. After a service named by its regions in the same clause it names no service of its own:
 * after 中欧班列 quoted-train-brands.ts makes it the China-Europe train's brand (中欧班列X号); after 欧亚班列,
 * 亚欧班列 or 中亚班列 it is left alone (a brand of that service). Before the train words (“某某号”欧亚班列)
 * sets 3 and 7 wrote the whole phrase and sets 8-22 the brand alone: brandBeforeTrain follows the newer sets.
 */
/** A train noun right before a quote (document-aliases.json brandTrainNouns: 班列, 专列, 列车). */
const TRAIN_NOUN_BEFORE = new RegExp(`(?:${SERVICE_BRAND_TRAIN_NOUNS.join("|")})$`);

function numberedBrand(norm: string, cs: number, inner: string): boolean {
  if (inner.length < 3 || !endsInBrand(inner)) return false;
  const before = norm.slice(Math.max(0, cs - 8), cs);
  return TRAIN_NOUN_BEFORE.test(before) && !REGIONS_IN_CLAUSE.test(before);
}

/** Kind words of a train (document-aliases.json kindWords: 国际, 货运, 铁海联运…) and the kinds of transport
 * entity-words.json brandTrainKinds adds (公铁联运, 海公铁). */
const KINDS = [
  ...readLexicon<{ kindWords: string[] }>("document-aliases.json").kindWords,
  ...listWords("entity-words.json", "brandTrainKinds"),
];
/** Regions a train runs to: the network regions (REGIONS) but 中欧 (its brands are quoted-train-brands.ts'),
 * and the regions entity-words.json brandTrainRegions adds (南亚, 东南亚, 东盟…). */
const TRAIN_REGIONS = [
  ...REGIONS.filter((r) => !/^中欧/.test(r)),
  ...listWords("entity-words.json", "brandTrainRegions"),
];
/** Train nouns that are service heads (班列, 专列) may follow a brand bare; a train noun that is none (列车,
 * also a passenger train's noun: “复兴号”列车) only after a kind or a region word. */
const HEAD_NOUNS = SERVICE_BRAND_TRAIN_NOUNS.filter((w) => SERVICE_HEADS.includes(w));
const BARE_NOUNS = SERVICE_BRAND_TRAIN_NOUNS.filter((w) => !SERVICE_HEADS.includes(w));
const MODIFIER = `(?:${longestAlternatives([...KINDS, ...TRAIN_REGIONS])})`;
/** Train words after a quoted 号 brand: modifiers, then the train noun (中亚班列, 铁海联运国际班列). */
const BRAND_TRAIN_AFTER = new RegExp(
  `^(?:${MODIFIER}*(?:${HEAD_NOUNS.join("|")})|${MODIFIER}+(?:${BARE_NOUNS.join("|") || "(?!)"}))`,
);

/** A quoted word made only of kind words (铁海联运, 公铁联运): a kind of transport, no name; a region in
 * quotes (“中亚”班列) still names its service. */
const KIND_ONLY = new RegExp(`^(?:${longestAlternatives(KINDS)})+$`);

/** Kinds of passenger, charity and relief trains (SERVICE_BRAND_NOT_AFTER: 游客, 动车, 援助…). */
const NOT_FREIGHT = new RegExp(SERVICE_BRAND_NOT_AFTER.join("|"));

/**
 * A quoted “X号” brand right before train words other than 中欧 ones (“某某号”中亚班列, “某某号”铁海联运
 * 国际班列): the brand alone names the service, as sets 8-22's notes write it (sets 3 and 7 kept the train
 * words: 齐鲁号欧亚班列). Before 中欧 train words quoted-train-brands.ts reads 中欧班列X号. Not in a clause
 * about a passenger, charity or relief train (“某某号”专列载着游客).
 */
function brandBeforeTrain(norm: string, cs: number, end: number, inner: string): boolean {
  if (inner.length < 3 || !endsInBrand(inner) || !BRAND_TRAIN_AFTER.test(norm.slice(end, end + 14)))
    return false;
  const from = Math.max(...[...CLAUSE_MARKS].map((c) => norm.lastIndexOf(c, cs)));
  const rest = norm.slice(end).search(new RegExp(`[${CLAUSE_MARKS}]`));
  const clause = norm.slice(from + 1, rest < 0 ? norm.length : end + rest);
  return !NOT_FREIGHT.test(clause);
}

/**
 * Whether a mention is a quoted 号 brand written right before train words (“某某号”中亚班列, brandBeforeTrain):
 * a train, though its name holds no train word; relations/corridor-subject.ts reads a place that runs it as
 * an end of its route.
 */
export function quotedBrandTrain(norm: string, m: { cs: number; ce: number }): boolean {
  if (!/^[“"]/.test(norm.slice(m.cs)) || !/[”"]$/.test(norm.slice(0, m.ce))) return false;
  return brandBeforeTrain(norm, m.cs, m.ce, norm.slice(m.cs + 1, m.ce - 1));
}

/** The train words a quoted service may end with (“蓉欧快铁”, “哈欧班列”). */
const SERVICE_END = new RegExp(`(${entityAlt("serviceEnds")})$`);
/** A quoted name and the train word after it, if any (“某某号”班列, “甲·乙线”国际货运班列). */
const QUOTED = new RegExp(
  `[“"]([\\u4e00-\\u9fff]{2,8}|[\\u4e00-\\u9fff]{2,4}·[\\u4e00-\\u9fff]{2,5})[”"](${entityAlt("quotedServiceTrains")})?`,
  "g",
);
/** A train word later in the clause of a quoted line name (not “底线”, “生命线”). */
const TRAIN_IN_CLAUSE = new RegExp(`^[^，。；！？,;!?]{0,24}?(${entityAlt("quotedClauseTrains")})`);
/** Tags of common words: adjectives, nouns, verbs (幸福/a, 经济/n, 开放/v), not places (ns), abbreviations (j) or unknown runs (x). */
const COMMON_WORD = /^(a|ad|an|n|v|vn)$/;

/** Epithets of regions and routes (天府, 齐鲁, 丝路: service-epithets.json) that the segmenter tags as common words. */
const EPITHETS = new Set(SERVICE_EPITHETS);

/**
 * A quoted service whose words before the train word are one common word, a quality the train is praised
 * for (成为“经济班列”“幸福班列”, “开放”班列): a description, not a service's name. A region's or a route's
 * epithet (“天府”专列, “丝路”班列) names the service's region, whatever its tag.
 */
export function describedService(inner: string, n: { cat: Parameters<typeof tagWords>[1] }): boolean {
  const stem = inner.replace(SERVICE_END, "");
  if (stem.length < 2 || EPITHETS.has(stem)) return false;
  const words = tagWords(stem, n.cat);
  return words.length === 1 && COMMON_WORD.test(words[0]?.tag ?? "");
}

/**
 * Rail and sea-rail services named in quotes: “蓉欧快铁”, “湘粤非”铁海联运, “长安号”班列. The quoted
 * name is a service when it ends in a service word or one follows the closing quote.
 */
export const quotedServices: EntityRule = {
  name: "quoted-services",
  type: "Corridor",
  priority: 2,
  find(ctx) {
    const { norm, n, add, cands } = ctx;
    for (const m of norm.matchAll(QUOTED)) {
      const inner = m[1] ?? "";
      // a quoted line name is the service's own name (“湘滇·澜湄线”国际货运班列 → 湘滇·澜湄线)
      // …that a train word follows in its clause (not “底线”, “生命线”)
      const clause = TRAIN_IN_CLAUSE.test(norm.slice((m.index ?? 0) + inner.length + 2));
      if (
        numberedBrand(norm, m.index ?? 0, inner) ||
        brandBeforeTrain(norm, m.index ?? 0, (m.index ?? 0) + inner.length + 2, inner)
      ) {
        const cs = m.index ?? 0;
        add({ id: n.resolveOrRegister("Corridor", inner), cs, ce: cs + inner.length + 2, method: "pattern" });
        continue;
      }
      const line = /[^专直]线$/.test(inner) && clause;
      const after = line ? "" : (m[2] ?? "");
      if (!after && !line && !SERVICE_END.test(inner)) continue;
      if (!line && describedService(inner, n)) continue;
      if (inner.includes("·") && !line) continue;
      // “四向多条”国际货运班列 counts trains, it names none
      if (QUANTIFIER.test(inner)) continue;
      // “铁海联运”班列, “公铁联运”国际货运班列: kinds of transport in quotes name no service
      if (KIND_ONLY.test(inner)) continue;
      const name = `${inner}${after}`;
      const cs = m.index ?? 0;
      // a catalogued service inside the quotes keeps its own name (“海丝”中欧班列 stays 中欧班列)
      if (cands.some((c) => c.id.startsWith("Corridor:") && c.cs >= cs && c.ce <= cs + m[0].length)) continue;
      const ce = line ? cs + inner.length + 2 : cs + m[0].length;
      add({ id: n.resolveOrRegister("Corridor", name), cs, ce, method: "pattern" });
    }
  },
};
