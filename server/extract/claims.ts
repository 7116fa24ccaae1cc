/** Dated, sourced numeric claims read from one passage (zone counts, trade values, train counts…). */
import { idType as typeOf } from "../../contracts/graph";
import { clauseEnd, clauseStart, sentenceStart } from "./clauses";
import type { Mention } from "./entities/types";
import { coreAlt } from "./lexicon";

export interface FoundClaim {
  subject: string;
  predicate: string;
  value: number | string;
  unit: string | null;
  asOf: string | null;
  cs: number;
  ce: number;
  properties: Record<string, string | number>;
}

const CATEGORY: Record<string, string> = { 沿海: "coastal", 内陆: "inland", 沿边: "border" };

/** The word lists of data/lexicon/core-words.json read below: zones' categories, words and measures. */
const KINDS = coreAlt("claimZoneKinds");
const ZONE_WORDS = coreAlt("claimZoneWords");
const MEASURES = coreAlt("claimZoneMeasures");
/** A year with an optional month or range of months, or a year named relative to the document's (claimRelativeYears). */
const DATE = new RegExp(
  `(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*[-—－~至]\\s*(\\d{1,2})\\s*月|(\\d{1,2})\\s*月)?|(${coreAlt("claimRelativeYears")})`,
  "g",
);
/** A count of zones: 22个国家级自贸区, 4个沿边自贸试验区. */
const ZONE_COUNT = new RegExp(
  `(\\d+)\\s*(?:${MEASURES})\\s*(?:国家级)?\\s*(${KINDS})?\\s*(?:${ZONE_WORDS})`,
  "g",
);
/** A count of zones reached (claimReachVerbs): 自贸试验区布局扩展至 23 个. */
const ZONE_COUNT_REACHED = new RegExp(
  `(${KINDS})?(?:${ZONE_WORDS})[^。，,；]{0,10}?(?:${coreAlt("claimReachVerbs")})\\s*(\\d+)\\s*(?:${MEASURES})`,
  "g",
);
/** A count of one category in a list of categories: 10个沿海、8个内陆. */
const CATEGORY_COUNT = new RegExp(`(\\d+)\\s*个\\s*(${KINDS})(?=[、，,三])`, "g");
/** A count of one category of zones (claimZoneShortWords): 4个沿边自贸区. */
const LISTED_CATEGORY = new RegExp(
  `(\\d+)\\s*个\\s*(${KINDS})\\s*(?:${coreAlt("claimZoneShortWords")})`,
  "g",
);
/** The first zone of a category's region (claimFirstWords): 沿边地区首个. */
const ZONE_CATEGORY = new RegExp(`(${KINDS})地区(?:${coreAlt("claimFirstWords")})`, "g");
/** A verb of establishment right after a zone's name (claimFoundingVerbs). */
const FOUNDED = new RegExp(`^[^，。；,]{0,4}?(${coreAlt("claimFoundingVerbs")})`);
/** A plan's date and verb of publication (claimReleaseVerbs) after its title's end. */
const PLAN_RELEASED = new RegExp(
  `^总体方案》\\s*(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:对外)?(?:${coreAlt("claimReleaseVerbs")})`,
);
/** A number, its multiplier (claimMultipliers) and its unit (claimUnits). */
const QUANTITY = new RegExp(
  `(\\d+(?:[.,]\\d+)?)\\s*(${coreAlt("claimMultipliers")})?\\s*(${coreAlt("claimUnits")})`,
  "g",
);
/** Words of a money amount's clause: trade, investment, output. */
const TRADE_VALUE = new RegExp(coreAlt("claimTradeWords"));
const INVESTMENT_VALUE = new RegExp(coreAlt("claimInvestmentWords"));
const OUTPUT_VALUE = new RegExp(coreAlt("claimOutputWords"));
/** A growth rate right after a quantity (claimGrowthVerbs). */
const GROWTH = new RegExp(
  `^[^，。；]{0,6}?(?:同比)?(?:${coreAlt("claimGrowthVerbs")})\\s*(-?\\d+(?:\\.\\d+)?)\\s*%`,
);
/** Words of a share's clause: a share at all, of foreign investment, of trade, of land. */
const SHARE = new RegExp(coreAlt("claimShareWords"));
const FDI_SHARE = new RegExp(coreAlt("claimFdiShareWords"));
const TRADE_SHARE = new RegExp(coreAlt("claimTradeShareWords"));
const LAND_SHARE = new RegExp(coreAlt("claimLandShareWords"));
/** Zone words before a share with no subject (claimZoneMentions): China's zones. */
const ZONES_BEFORE = new RegExp(coreAlt("claimZoneMentions"));

/** A zone's category claim (coastal / inland / border) quoted from the zone to `ce`. */
function categoryClaim(zone: Mention, label: string, ce: number): FoundClaim {
  return {
    subject: zone.id,
    predicate: "category",
    value: CATEGORY[label] ?? "",
    unit: null,
    asOf: null,
    cs: zone.cs,
    ce,
    properties: { label },
  };
}

/** The time a number refers to: the last date expression before `pos` in the passage. */
export function asOfBefore(text: string, pos: number, docYear: number | null): string | null {
  const head = text.slice(0, pos);
  let last: string | null = null;
  for (const m of head.matchAll(DATE)) {
    // 自2013年上海自贸区设立以来 / 2013 年以来: the start of a period, not the time of the number
    if (/^[^，。；,;]{0,14}以来/.test(head.slice((m.index ?? 0) + m[0].length))) continue;
    if (m[5]) {
      if (docYear === null) continue;
      last = String(m[5] === "今年" ? docYear : docYear - 1);
    } else if (m[2] && m[3]) last = `${m[1]}-${m[2].padStart(2, "0")}..${m[1]}-${m[3].padStart(2, "0")}`;
    else if (m[4]) last = `${m[1]}-${m[4].padStart(2, "0")}`;
    else last = m[1] ?? null;
  }
  return last;
}

const MULT: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

const china = "Country:中国";

/** A count of zones (all, or of one category) stated for China, quoted from `cs` to `ce`. */
function zoneCountClaim(
  predicate: string,
  value: number,
  asOf: string | null,
  cs: number,
  ce: number,
): FoundClaim {
  return { subject: china, predicate, value, unit: "zones", asOf, cs, ce, properties: {} };
}

/** Zone counts: 22个国家级自贸区, 21 家自贸试验区, 自贸试验区布局扩展至 23 个, 数量已增至21个. */
function zoneCounts(out: FoundClaim[], norm: string, docYear: number | null): void {
  for (const m of norm.matchAll(ZONE_COUNT)) {
    const pred = m[2] ? `ftz_count_${CATEGORY[m[2]]}` : "ftz_count";
    const cs = m.index ?? 0;
    out.push(zoneCountClaim(pred, Number(m[1]), asOfBefore(norm, cs, docYear), cs, cs + m[0].length));
  }
}

/** 沿边自贸区增至4个 counts one category only: never the total. */
function zoneCountsReached(out: FoundClaim[], norm: string, docYear: number | null): void {
  for (const m of norm.matchAll(ZONE_COUNT_REACHED)) {
    const cs = m.index ?? 0;
    const predicate = m[1] ? `ftz_count_${CATEGORY[m[1]]}` : "ftz_count";
    out.push(zoneCountClaim(predicate, Number(m[2]), asOfBefore(norm, cs, docYear), cs, cs + m[0].length));
  }
}

/** Classification: 10个沿海、8个内陆、4个沿边 */
function categoryCounts(out: FoundClaim[], norm: string, docYear: number | null): void {
  for (const m of norm.matchAll(CATEGORY_COUNT)) {
    const cs = m.index ?? 0;
    const predicate = `ftz_count_${CATEGORY[m[2] ?? ""]}`;
    out.push(zoneCountClaim(predicate, Number(m[1]), asOfBefore(norm, cs, docYear), cs, cs + m[0].length));
  }
}

/** Zones listed before "N个沿边自贸区" get that category. */
function listedCategories(out: FoundClaim[], norm: string, ms: Mention[]): void {
  for (const m of norm.matchAll(LISTED_CATEGORY)) {
    const k = m.index ?? 0;
    const a = clauseStart(norm, k);
    for (const z of ms) {
      if (typeOf(z.id) === "FreeTradeZone" && z.cs >= a && z.ce <= k + m[0].length) {
        out.push(categoryClaim(z, m[2] ?? "", k + m[0].length));
      }
    }
  }
}

/** Category stated for one zone: 中国(新疆)自由贸易试验区挂牌成立,成为我国西北沿边地区首个自贸区. */
function zoneCategory(out: FoundClaim[], norm: string, ms: Mention[]): void {
  for (const m of norm.matchAll(ZONE_CATEGORY)) {
    const at = m.index ?? 0;
    const sentStart = sentenceStart(norm, at);
    const z = ms.filter((x) => typeOf(x.id) === "FreeTradeZone" && x.cs >= sentStart && x.ce <= at).pop();
    if (!z) continue;
    out.push(categoryClaim(z, m[1] ?? "", at + m[0].length));
  }
}

/** Establishment: 2023年11月,中国(新疆)自由贸易试验区挂牌成立 / 2026年4月，中国（内蒙古）自由贸易试验区获批设立. */
function establishment(out: FoundClaim[], norm: string, ms: Mention[]): void {
  for (const z of ms) {
    if (typeOf(z.id) !== "FreeTradeZone") continue;
    const after = FOUNDED.exec(norm.slice(z.ce));
    if (!after) continue;
    const head = norm.slice(Math.max(0, z.cs - 16), z.cs);
    const d = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*[,，]?\s*$/.exec(head);
    if (!d) continue;
    const iso = `${d[1]}-${(d[2] ?? "").padStart(2, "0")}${d[3] ? `-${d[3].padStart(2, "0")}` : ""}`;
    out.push({
      subject: z.id,
      predicate: "established",
      value: iso,
      unit: null,
      asOf: iso,
      cs: z.cs - (head.length - (d.index ?? 0)),
      ce: z.ce + after[0].length,
      properties: { text: after[1] ?? "" },
    });
  }
}

/** Plan published: 《中国(内蒙古)自由贸易试验区总体方案》4月9日对外发布 (year of the document when not written). */
function planPublished(out: FoundClaim[], norm: string, ms: Mention[], docYear: number | null): void {
  for (const z of ms) {
    if (typeOf(z.id) !== "FreeTradeZone") continue;
    const m = PLAN_RELEASED.exec(norm.slice(z.ce));
    const year = m?.[1] ? Number(m[1]) : docYear;
    if (!m || year === null) continue;
    const iso = `${year}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`;
    out.push({
      subject: z.id,
      predicate: "plan_published",
      value: iso,
      unit: null,
      asOf: iso,
      cs: z.cs,
      ce: z.ce + m[0].length,
      properties: {},
    });
  }
}

/** Numeric facts with units. */
function quantities(out: FoundClaim[], norm: string, ms: Mention[], docYear: number | null): void {
  /** Counted units (not money): the unit word → [unit, predicate]. */
  const COUNTED_UNITS: Record<string, [string, string]> = {
    列: ["trains", "train_count"],
    标箱: ["TEU", "container_volume"],
    吨: ["t", "freight_volume"],
    平方公里: ["km2", "area_km2"],
    家企业: ["enterprises", "enterprise_count"],
    个包裹: ["parcels", "parcel_count"],
  };
  const SUBJ = ["FreeTradeZone", "Area", "Province", "City", "Port", "DevZone", "Organization", "Corridor"];
  for (const m of norm.matchAll(QUANTITY)) {
    const cs = m.index ?? 0;
    const ce = cs + m[0].length;
    const subj = ms.filter((x) => x.ce <= cs && SUBJ.includes(typeOf(x.id))).pop();
    if (!subj) continue;
    const a = clauseStart(norm, cs);
    const clause = norm.slice(Math.max(a, subj.ce), ce);
    const unitWord = m[3] ?? "";
    const num = Number((m[1] ?? "0").replace(",", "")) * (MULT[m[2] ?? ""] ?? 1);
    let predicate = "quantity";
    let unit = unitWord;
    if (unitWord === "美元" || unitWord === "元" || unitWord === "元人民币") {
      unit = unitWord === "美元" ? "USD" : "CNY";
      if (TRADE_VALUE.test(clause)) predicate = "trade_value";
      else if (/出口/.test(clause)) predicate = "export_value";
      else if (INVESTMENT_VALUE.test(clause)) predicate = "investment_value";
      else if (OUTPUT_VALUE.test(clause)) predicate = "output_value";
      else predicate = "money_value";
    } else {
      const counted = COUNTED_UNITS[unitWord];
      if (counted) [unit, predicate] = counted;
    }
    const props: Record<string, string | number> = { text: m[0] };
    const g = GROWTH.exec(norm.slice(ce));
    if (g?.[1]) props.growth_pct = Number(g[1]);
    out.push({
      subject: subj.id,
      predicate,
      value: num,
      unit,
      asOf: asOfBefore(norm, cs, docYear),
      cs,
      ce,
      properties: props,
    });
  }
}

/** Shares: 吸引外资占比首次突破24%, 贡献了中国18.1%的外国直接投资流入 */
function shares(out: FoundClaim[], norm: string, ms: Mention[], docYear: number | null): void {
  for (const m of norm.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
    const cs = m.index ?? 0;
    const ce = cs + m[0].length;
    const a = clauseStart(norm, cs);
    const b = clauseEnd(norm, ce);
    const clause = norm.slice(a, b);
    if (!SHARE.test(clause)) continue;
    let predicate: string | null = null;
    if (FDI_SHARE.test(clause)) predicate = "fdi_share";
    else if (TRADE_SHARE.test(clause)) predicate = "trade_share";
    else if (LAND_SHARE.test(clause)) predicate = "land_share";
    if (!predicate) continue;
    const subj = ms
      .filter((x) => x.ce <= cs && ["FreeTradeZone", "Area", "Province", "City"].includes(typeOf(x.id)))
      .pop();
    const subject = subj?.id ?? (ZONES_BEFORE.test(norm.slice(0, cs)) ? "Country:中国" : null);
    if (!subject) continue;
    out.push({
      subject,
      predicate: subject === "Country:中国" ? `ftz_${predicate}` : predicate,
      value: Number(m[1]),
      unit: "%",
      asOf: asOfBefore(norm, cs, docYear),
      cs,
      ce,
      properties: { text: clause.trim().slice(0, 80) },
    });
  }
}

/** The claims of one passage, in the order the claim shapes are read. */
export function findClaims(norm: string, ms: Mention[], docYear: number | null): FoundClaim[] {
  const out: FoundClaim[] = [];
  zoneCounts(out, norm, docYear);
  zoneCountsReached(out, norm, docYear);
  categoryCounts(out, norm, docYear);
  listedCategories(out, norm, ms);
  zoneCategory(out, norm, ms);
  establishment(out, norm, ms);
  planPublished(out, norm, ms, docYear);
  quantities(out, norm, ms, docYear);
  shares(out, norm, ms, docYear);
  return out;
}
