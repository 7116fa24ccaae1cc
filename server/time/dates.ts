/**
 * Dates of uneven precision as intervals. Documents and claims carry dates written as text
 * ("2023", "2023-07", "2026-04-09", "2026-01 or later", "2025-01..2025-09"); Cypher users need
 * real dates. Each text becomes a closed interval [from, to] of calendar days with its precision;
 * "or later" leaves the interval open at the end (to = null). Unparseable text gives null.
 */
import neo4j from "neo4j-driver";

export type DatePrecision = "day" | "month" | "year";

export interface DateInterval {
  /** First day, ISO yyyy-mm-dd. */
  from: string;
  /** Last day, ISO yyyy-mm-dd; null when open-ended ("or later"). */
  to: string | null;
  precision: DatePrecision;
}

interface Point {
  from: string;
  to: string;
  precision: DatePrecision;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** One point in time of some precision: "2023", "2023-07", "2023-7-1", "2023年7月", "2023.07". */
export function parsePoint(text: string): Point | null {
  const m =
    /^\s*(\d{4})(?:\s*(?:[-./年])\s*(\d{1,2})(?:\s*(?:[-./月])\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?\s*$/.exec(
      text,
    );
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 1900 || y > 2200) return null;
  if (m[2] === undefined) return { from: `${y}-01-01`, to: `${y}-12-31`, precision: "year" };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) {
    return {
      from: `${y}-${pad(mo)}-01`,
      to: `${y}-${pad(mo)}-${pad(lastDayOfMonth(y, mo))}`,
      precision: "month",
    };
  }
  const d = Number(m[3]);
  if (d < 1 || d > lastDayOfMonth(y, mo)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return { from: day, to: day, precision: "day" };
}

const OPEN_END = /\s*(?:or later|and later|onwards|以后|之后|及以后)\s*$/i;
const RANGE = /\s*(?:\.\.|–|—|~|至|到)\s*/;

/** A date text as an interval, or null when it is not a date. */
export function parseDateInterval(text: string | null | undefined): DateInterval | null {
  if (!text?.trim()) return null;
  const t = text.trim();
  if (OPEN_END.test(t)) {
    const p = parsePoint(t.replace(OPEN_END, ""));
    return p ? { from: p.from, to: null, precision: p.precision } : null;
  }
  const parts = t.split(RANGE);
  if (parts.length === 2) {
    const a = parsePoint(parts[0] ?? "");
    const b = parsePoint(parts[1] ?? "");
    if (!a || !b || a.from > b.to) return null;
    // The coarser of the two ends is the interval's precision.
    const order: DatePrecision[] = ["day", "month", "year"];
    const precision = order[Math.max(order.indexOf(a.precision), order.indexOf(b.precision))] ?? "year";
    return { from: a.from, to: b.to, precision };
  }
  const p = parsePoint(t);
  return p ? { from: p.from, to: p.to, precision: p.precision } : null;
}

function toNeo4jDate(iso: string) {
  const [y, m, d] = iso.split("-").map(Number);
  return new neo4j.types.Date(y ?? 1970, m ?? 1, d ?? 1);
}

/**
 * Neo4j properties for a dated text under a prefix: `<prefix>From`, `<prefix>To` (Neo4j DATE; To
 * absent when open-ended) and `<prefix>Precision`. Empty when the text is not a date.
 */
export function dateProperties(prefix: string, text: string | null | undefined): Record<string, unknown> {
  const iv = parseDateInterval(text);
  if (!iv) return {};
  const out: Record<string, unknown> = {
    [`${prefix}From`]: toNeo4jDate(iv.from),
    [`${prefix}Precision`]: iv.precision,
  };
  if (iv.to) out[`${prefix}To`] = toNeo4jDate(iv.to);
  return out;
}

/** A count or other whole number as a Neo4j INTEGER (drivers otherwise send JS numbers as FLOAT). */
export function integerIfWhole(value: unknown): unknown {
  return typeof value === "number" && Number.isSafeInteger(value) ? neo4j.int(value) : value;
}
