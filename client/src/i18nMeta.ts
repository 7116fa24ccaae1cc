/**
 * Bilingual text for values the API sends in English or as codes: evidence methods, document dates
 * ("2026-04 or later"), error codes and the names of node types inside short summaries.
 */
import { getLang, type Lang, typeName } from "./i18n";

const METHODS: Record<string, [string, string]> = {
  catalog: ["目录", "catalog"],
  pattern: ["句式规则", "pattern rule"],
  table: ["表格", "table"],
  cooccurrence: ["同句共现", "co-occurrence"],
  human: ["人工审核", "human review"],
  learned: ["学习模型", "learned model"],
};

/** How an evidence sentence was found (contracts/graph.ts EvidenceMethod), in the UI language. */
export function methodName(method: string, lang: Lang = getLang()): string {
  const pair = METHODS[method];
  return pair ? pair[lang === "zh" ? 0 : 1] : method;
}

const OPEN_END = /\s+or later$/;

/** A document date as the corpus writes it; "2026-04 or later" becomes "2026-04 或之后" in Chinese. */
export function docDateText(date: string, lang: Lang = getLang()): string {
  return lang === "zh" && OPEN_END.test(date) ? date.replace(OPEN_END, " 或之后") : date;
}

const ERRORS: Record<string, [string, string]> = {
  BAD_REQUEST: ["请求无效", "Bad request"],
  NOT_FOUND: ["未找到", "Not found"],
  UNAUTHORIZED: ["需要 API 密钥", "API key required"],
  FORBIDDEN: ["不允许", "Forbidden"],
  RATE_LIMITED: ["请求过于频繁，请稍后再试", "Too many requests: try again shortly"],
  PAYLOAD_TOO_LARGE: ["内容过大", "Too large"],
  UNSUPPORTED_MEDIA_TYPE: ["不支持的文件类型", "Unsupported file type"],
  NEO4J_UNAVAILABLE: ["数据库暂时不可用，请稍后重试", "The database is not reachable: retry shortly"],
  CYPHER_SYNTAX: ["Cypher 语法错误", "Cypher syntax error"],
  CYPHER_REFUSED: ["查询被拒绝（只允许只读查询）", "Query refused (read-only queries only)"],
  CYPHER_TIMEOUT: ["查询超时", "Query timed out"],
  CYPHER_MEMORY: ["查询超出内存上限", "Query exceeded its memory limit"],
  CYPHER_RUNTIME: ["查询运行出错", "Query failed while running"],
  CYPHER_ERROR: ["查询出错", "Query failed"],
  NETWORK: ["无法连接服务器", "Cannot reach the server"],
  INTERNAL: ["服务器内部错误", "Internal server error"],
  DOCUMENT_REJECTED: ["文档被拒绝", "Document refused"],
  STORAGE_FULL: ["存储已满", "Storage full"],
  BAD_RESPONSE: ["服务器的回答无法识别", "Unexpected answer from the server"],
};

/**
 * An API error for people: the translated meaning of its code, then the server's own message (kept
 * as is: it names the exact problem, e.g. the line and column of a syntax error).
 */
export function errorText(e: unknown, lang: Lang = getLang()): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  const pair = ERRORS[code];
  if (pair) return `${pair[lang === "zh" ? 0 : 1]} (${code}): ${message}`;
  return code ? `${code}: ${message}` : message;
}

/** "FreeTradeZone 2, Country 2" → "自贸试验区 2、国家 2" (counts per node type, translated). */
export function typeCounts(counts: Record<string, number>, lang: Lang = getLang()): string {
  return Object.entries(counts)
    .map(([type, n]) => `${typeName(type, lang)} ${n}`)
    .join(lang === "zh" ? "、" : ", ");
}

const PREDICATES: Record<string, [string, string]> = {
  trade_value: ["贸易额", "trade value"],
  train_count: ["班列数", "trains"],
  freight_volume: ["货运量", "freight volume"],
  container_volume: ["集装箱量", "container volume"],
  devzone_count_total: ["开发区总数", "development zones in total"],
  ftz_count: ["自贸试验区数量", "pilot free trade zones"],
  ftz_count_border: ["沿边自贸试验区数量", "border zones"],
  ftz_count_coastal: ["沿海自贸试验区数量", "coastal zones"],
  ftz_count_inland: ["内陆自贸试验区数量", "inland zones"],
  ftz_fdi_share: ["自贸试验区外资占比", "zones' share of FDI"],
  enterprise_count: ["企业数", "enterprises"],
  export_value: ["出口额", "export value"],
  count: ["数量", "count"],
  money_value: ["金额", "amount"],
  established: ["设立", "established"],
  phase: ["批次", "batch"],
  category: ["类别", "category"],
  area_km2: ["面积", "area"],
  plan_published: ["总体方案发布", "plan published"],
  investment_value: ["投资额", "investment"],
  fdi_share: ["外资占比", "share of FDI"],
  trade_share: ["贸易占比", "share of trade"],
  output_value: ["产值", "output value"],
};

/** A dated claim's predicate (trade_value, ftz_count…) in the UI language; an unknown one as is. */
export function predicateName(predicate: string, lang: Lang = getLang()): string {
  const pair = PREDICATES[predicate];
  return pair ? pair[lang === "zh" ? 0 : 1] : predicate;
}

/**
 * A claim's value for reading: numbers grouped and rounded to 6 significant digits (the extractor's
 * 亿/万 arithmetic leaves binary noise such as 220669999999.99997), other values as they are.
 */
export function claimValue(value: unknown, unit: string | null | undefined, lang: Lang = getLang()): string {
  const text =
    typeof value === "number"
      ? new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", { maximumSignificantDigits: 6 }).format(value)
      : String(value);
  return unit ? `${text} ${unit}` : text;
}
