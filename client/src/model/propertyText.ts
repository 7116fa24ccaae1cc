/**
 * Entity and relationship properties in the UI language (the details panel): the names the loader
 * stores (`established`, `category`, `kind`…) and their coded values (`border`, `autonomous region`,
 * `month`…). Unknown names and free-text values are shown as stored.
 */
import { type Lang, stageName } from "../i18n";

const NAMES: Record<string, [string, string]> = {
  established: ["设立时间", "Established"],
  establishedFrom: ["设立时间（起）", "Established from"],
  establishedTo: ["设立时间（止）", "Established to"],
  establishedPrecision: ["设立时间精度", "Date precision"],
  phase: ["批次", "Batch"],
  focus: ["战略定位", "Focus"],
  category: ["类别", "Category"],
  kind: ["种类", "Kind"],
  count: ["数量", "Count"],
  stage: ["阶段", "Stage"],
};

const VALUES: Record<string, Record<string, [string, string]>> = {
  category: {
    border: ["沿边", "border"],
    coastal: ["沿海", "coastal"],
    inland: ["内陆", "inland"],
  },
  kind: {
    country: ["国家", "country"],
    region: ["地区", "region"],
    bloc: ["国家集团", "bloc"],
    continent: ["大洲", "continent"],
    province: ["省", "province"],
    municipality: ["直辖市", "municipality"],
    "autonomous region": ["自治区", "autonomous region"],
    "special administrative region": ["特别行政区", "special administrative region"],
    instance: ["单个开发区", "a single zone"],
    category: ["开发区类别", "a kind of zone"],
  },
  establishedPrecision: {
    day: ["日", "day"],
    month: ["月", "month"],
    year: ["年", "year"],
  },
};

/** A property's name in the UI language; an unknown one as stored. */
export function propertyName(key: string, lang: Lang): string {
  const pair = NAMES[key];
  return pair ? pair[lang === "zh" ? 0 : 1] : key;
}

/** A property's value in the UI language: coded values translated, lists joined, the rest as stored. */
export function propertyValue(key: string, value: unknown, lang: Lang): string {
  if (Array.isArray(value))
    return value.map((v) => propertyValue(key, v, lang)).join(lang === "zh" ? "、" : ", ");
  if (key === "stage" && typeof value === "string") return stageName(value, lang);
  if (key === "phase" && typeof value === "number")
    return lang === "zh" ? `第 ${value} 批` : `batch ${value}`;
  const pair = typeof value === "string" ? VALUES[key]?.[value] : undefined;
  if (pair) return pair[lang === "zh" ? 0 : 1];
  return String(value);
}
