/**
 * Tables of PDF-extracted reports whose rows are broken over lines: the zone summary table
 * ("表 1 … 自贸试验区汇总表": zone, establishment date, phase, focus, 片区), the development-zone
 * classification table ("表 2 … 开发区分类表": type, count) and area tables whose header starts with
 * 片区 and names a focus column ("片区  面积（km²）  主要产业", rows "南宁片区  46.8  现代金融、…").
 * Row starts become forced passage breaks.
 */
import { coreAlt } from "./lexicon";

export interface TableRegion {
  kind: "zones" | "devzones" | "areas";
  start: number;
  end: number;
  /** Original offsets of the lines that start a row. */
  rowStarts: number[];
}

interface RawLine {
  start: number;
  text: string;
}

function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let s = 0;
  for (const part of text.split("\n")) {
    const lead = part.length - part.trimStart().length;
    out.push({ start: s + lead, text: part.trim() });
    s += part.length + 1;
  }
  return out;
}

/** Titles of tables of zones, of development zones, and the header of a table of areas (core-words.json table*). */
const ZONE_TABLE = new RegExp(
  `^表\\s*\\d+\\s.*(${coreAlt("tableZoneWords")}).*(${coreAlt("tableZoneTitleWords")})`,
);
const DEV_TABLE = new RegExp(`^表\\s*\\d+\\s.*开发区.*(${coreAlt("tableDevTitleWords")})`);
const AREA_TABLE = new RegExp(`^片区\\s+.*(${coreAlt("tableAreaColumns")})`);
/** A source line that ends a table (core-words.json tableSourceLines). */
const SOURCE_LINE = new RegExp(`^(${coreAlt("tableSourceLines")})`);

export function findTables(text: string): TableRegion[] {
  const lines = rawLines(text);
  const out: TableRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    const zoneTable = ZONE_TABLE.test(l.text);
    const devTable = DEV_TABLE.test(l.text);
    const areaTable = AREA_TABLE.test(l.text);
    if (!zoneTable && !devTable && !areaTable) continue;
    const rowStarts: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j]?.text ?? "";
      if (SOURCE_LINE.test(t) || /^表\s*\d+\s/.test(t)) break;
      if (
        areaTable &&
        /^([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+)/.test(t)
      )
        break;
      const ls = lines[j]?.start ?? 0;
      if (zoneTable && (/^中国[（(]/.test(t) || /^第[一二三四五六七八九十]+阶段/.test(t))) rowStarts.push(ls);
      if (devTable && /\s\d+\s*个\s*$|\s\d+\s*个\s/.test(t)) rowStarts.push(ls);
      if (areaTable && /^[\u4e00-\u9fff]{2,12}片区\s/.test(t)) rowStarts.push(ls);
    }
    const endLine = lines[j] ?? lines[lines.length - 1];
    out.push({
      kind: zoneTable ? "zones" : devTable ? "devzones" : "areas",
      start: l.start,
      end: endLine ? endLine.start : text.length,
      rowStarts,
    });
    i = j - 1;
  }
  return out;
}

/** First raw line after `pos` that is not a footnote number and contains no "：" (the focus column). */
export function focusAfter(text: string, pos: number, limit: number): string | null {
  const rest = text.slice(pos, limit);
  for (const line of rest.split("\n").slice(1)) {
    const t = line.trim();
    if (!t || /^\d+$/.test(t) || /^日$/.test(t)) continue;
    if (t.includes("：") || t.includes(":")) return null;
    return t;
  }
  return null;
}

const CN_NUM: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
export function phaseNumber(s: string): number | null {
  return CN_NUM[s] ?? null;
}
