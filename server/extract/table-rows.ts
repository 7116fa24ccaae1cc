/**
 * Rows of the tables of PDF-extracted reports (see tables.ts): the zone summary table (established
 * date, phase, focus cells, areas), area tables (focus after the numbers) and the development-zone
 * classification table (counts).
 */
import { idType as typeOf } from "../../contracts/graph";
import type { DocState, PassageState } from "./document";
import type { Mention as RecMention } from "./entities/types";
import { coreAlt } from "./lexicon";
import { focusCellItems } from "./table-cells";
import { focusAfter, phaseNumber } from "./tables";

/**
 * The sectors of a table cell norm[from, to): the industries recognised in it, plus its other
 * items once their role heads are dropped (物流枢纽和金融中心 → 物流, 金融), recorded as mentions.
 */
function cellSectors(d: DocState, ps: PassageState, from: number, to: number): RecMention[] {
  const { b, rec } = d;
  const { ms, norm, mention, pid } = ps;
  const found = ms.filter((m) => typeOf(m.id) === "Industry" && m.cs >= from && m.cs < to);
  for (const it of focusCellItems(norm, from, to, rec)) {
    if (found.some((f) => f.cs < it.ce && it.cs < f.ce)) continue;
    mention(it.id, it.cs, it.ce);
    const set = b.passageNodes.get(it.id) ?? new Set<string>();
    set.add(pid);
    b.passageNodes.set(it.id, set);
    found.push({ id: it.id, cs: it.cs, ce: it.ce, method: "pattern", parts: [] });
  }
  return found;
}

/** The established date (claim, property, the focus text after it) and the phase of a zone row. */
function zoneDateAndPhase(
  d: DocState,
  ps: PassageState,
  zone: RecMention,
  date: RegExpExecArray | null,
): void {
  const { b, text, meta, phase } = d;
  const { seg, ev } = ps;
  if (date) {
    const iso = `${date[1]}-${(date[2] ?? "").padStart(2, "0")}${date[3] ? `-${date[3].padStart(2, "0")}` : ""}`;
    const dEnd = (date.index ?? 0) + date[0].length;
    b.setProp(zone.id, "established", iso);
    b.addClaim(
      {
        subject: zone.id,
        predicate: "established",
        value: iso,
        unit: null,
        asOf: iso,
        statedYear: meta.year,
        properties: {},
      },
      ev("table", zone.cs, dEnd),
    );
    const focus = focusAfter(text, seg.map[dEnd - 1] ?? seg.start, seg.end);
    if (focus) b.setProp(zone.id, "focus", focus);
  }
  if (phase) {
    b.setProp(zone.id, "phase", phase.n);
    b.addClaim(
      {
        subject: zone.id,
        predicate: "phase",
        value: phase.n,
        unit: null,
        asOf: phase.year,
        statedYear: meta.year,
        properties: { phaseYear: phase.year },
      },
      ev("table", zone.cs, zone.ce),
    );
  }
}

/**
 * Row lines: "先进制造业和跨境电商：郑州片区；" — the industries before the colon are the focus of the
 * area after it; the line right after the date is the focus of the zone itself. Returns cell bounds.
 */
function cellBounds(d: DocState, ps: PassageState, date: RegExpExecArray | null): number[] {
  const { text } = d;
  const { seg, norm } = ps;
  const bounds: number[] = [0];
  for (let i = 1; i < seg.map.length; i++) {
    const gap = text.slice((seg.map[i - 1] ?? 0) + 1, seg.map[i] ?? 0);
    const prev = norm[i - 1] ?? "";
    if (prev === "；" || prev === ";") bounds.push(i);
    else if (gap.includes("\n") && /[：:日\d]/.test(prev)) bounds.push(i);
    else if (
      gap.includes("\n") &&
      !norm.slice(bounds[bounds.length - 1] ?? 0, i).match(/[：:]/) &&
      /[中心区]$/.test(prev) &&
      /[\u4e00-\u9fff]/.test(norm[i] ?? "") &&
      date &&
      i > (date.index ?? 0) + date[0].length &&
      (bounds[bounds.length - 1] ?? 0) <= (date.index ?? 0) + date[0].length
    )
      bounds.push(i);
  }
  bounds.push(norm.length);
  return bounds;
}

/** FOCUSES_ON from each cell's sectors to its owner: the areas after its colon, else the zone. */
function zoneCells(d: DocState, ps: PassageState, zone: RecMention, date: RegExpExecArray | null): void {
  const { b, rec } = d;
  const { norm, ms, ev } = ps;
  const bounds = cellBounds(d, ps, date);
  const dateEnd = date ? (date.index ?? 0) + date[0].length : -1;
  // cells after the date and before the first "focus：area" cell are the zone's own focus
  let zoneCells = dateEnd >= 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k] ?? 0;
    const c = bounds[k + 1] ?? norm.length;
    const inClause = ms.filter((m) => m.cs >= a && m.ce <= c);
    const colon = norm.slice(a, c).search(/[：:]/);
    if (colon >= 0) zoneCells = false;
    // the areas after the colon (or the bonded zones a row lists as its areas: 物流枢纽：外高桥保税区、…)
    const areas = inClause.filter(
      (m) =>
        colon >= 0 &&
        m.cs >= a + colon &&
        (typeOf(m.id) === "Area" ||
          (typeOf(m.id) === "DevZone" && rec.cat.get(m.id)?.properties.kind !== "category")),
    );
    const owners = areas.some((m) => typeOf(m.id) === "Area")
      ? areas.filter((m) => typeOf(m.id) === "Area").slice(0, 1)
      : areas.length > 0
        ? areas
        : zoneCells && c > dateEnd && colon < 0
          ? [zone]
          : [];
    if (owners.length === 0) continue;
    const fieldEnd = colon < 0 ? c : a + colon;
    const found = cellSectors(d, ps, Math.max(a, dateEnd), fieldEnd);
    for (const owner of owners)
      for (const ind of found) {
        b.addEdge(
          "FOCUSES_ON",
          owner.id,
          ind.id,
          ev("table", Math.min(ind.cs, owner.cs), Math.max(ind.ce, owner.ce)),
          0.85,
        );
      }
  }
}

function zoneRow(d: DocState, ps: PassageState): void {
  const { b } = d;
  const { norm, ms, ev } = ps;
  const ph = /^第([一二三四五六七八九十])阶段\s*(\d{4})/.exec(norm);
  if (ph) {
    d.phase = { n: phaseNumber(ph[1] ?? "") ?? 0, year: ph[2] ?? "" };
    return;
  }
  const zone = ms.find((m) => typeOf(m.id) === "FreeTradeZone" && m.cs === 0);
  if (!zone) return;
  b.tableNodes.add(zone.id);
  const date = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(norm);
  zoneDateAndPhase(d, ps, zone, date);
  zoneCells(d, ps, zone, date);
  for (const m of ms) {
    const t = typeOf(m.id);
    if (t === "Area") {
      b.tableNodes.add(m.id);
      b.addEdge("PART_OF", m.id, zone.id, ev("table", zone.cs, m.ce), 0.95);
    } else if (t === "DevZone") {
      b.addEdge("HAS_PLATFORM", zone.id, m.id, ev("table", zone.cs, m.ce), 0.9);
    }
  }
}

/** "南宁片区  46.8  现代金融、智慧物流、数字经济": the sectors after the numbers are the area's focus. */
function areaRow(d: DocState, ps: PassageState): void {
  const { b } = d;
  const { norm, ms, ev } = ps;
  // "南宁片区  46.8  现代金融、智慧物流、数字经济": the sectors after the numbers are the area's focus
  const area = ms.find((m) => typeOf(m.id) === "Area" && m.cs === 0);
  if (!area) return;
  let after = area.ce;
  for (const n of norm.matchAll(/\d+(\.\d+)?/g)) after = Math.max(after, (n.index ?? 0) + n[0].length);
  const found = cellSectors(d, ps, after, norm.length);
  for (const ind of found)
    b.addEdge("FOCUSES_ON", area.id, ind.id, ev("table", area.cs, Math.max(ind.ce, area.ce)), 0.8);
}

/** A count row's label that counts the free trade zones (自贸试验区), or gives the total (合计): core-words.json. */
const ZONE_ROW = new RegExp(coreAlt("tableRowZoneLabels"));
const TOTAL_ROW = new RegExp(coreAlt("tableRowTotalLabels"));

/** "海关特殊监管区域 (HTZ)  171 个": a category of development zone and its count. */
function countRow(d: DocState, ps: PassageState): void {
  const { b, rec, meta } = d;
  const { norm, ev } = ps;
  const row = /^(.+?)\s+(\d+)\s*个/.exec(norm);
  if (!row) return;
  const label = (row[1] ?? "").trim();
  const count = Number(row[2]);
  const plain = label.replace(/\s*\([A-Za-z]+\)\s*$/, "");
  const acr = /\(([A-Za-z]+)\)/.exec(label)?.[1];
  let subject: string | undefined;
  let predicate = "count";
  if (ZONE_ROW.test(plain)) {
    subject = "Country:中国";
    predicate = "ftz_count";
  } else if (TOTAL_ROW.test(plain)) {
    subject = "Country:中国";
    predicate = "devzone_count_total";
  } else {
    subject = rec.cat.resolve(plain, ["DevZone"]) ?? (acr ? rec.cat.resolve(acr, ["DevZone"]) : undefined);
    if (!subject?.startsWith("DevZone:")) subject = rec.ensure("DevZone", plain);
    b.setProp(subject, "kind", "category");
    b.tableNodes.add(subject);
  }
  b.addClaim(
    {
      subject,
      predicate,
      value: count,
      unit: predicate === "count" ? "zones" : "zones",
      asOf: meta.year ? String(meta.year) : null,
      statedYear: meta.year,
      properties: { label },
    },
    ev("table", 0, (row.index ?? 0) + row[0].length),
  );
  if (predicate === "count") b.setProp(subject, "count", count);
}

/** The table rule of the passage's table region, if it is in one. */
export function tableRow(d: DocState, ps: PassageState): void {
  const region = d.tables.find((t) => ps.seg.start >= t.start && ps.seg.start < t.end);
  if (!region) return;
  if (region.kind === "zones") zoneRow(d, ps);
  else if (region.kind === "areas") areaRow(d, ps);
  else countRow(d, ps);
}
