/**
 * Knowledge extraction: corpus folder → ExtractedGraph (contracts/graph.ts).
 * Deterministic: the same input gives byte-identical JSON (sorted arrays, ids derived from names).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type {
  Claim,
  DocumentMeta,
  Evidence,
  EvidenceMethod,
  ExtractedGraph,
  GraphEdge,
  GraphNode,
  Mention,
  Passage,
  Problem,
  RelType,
} from "../../contracts/graph";
import { type Catalog, loadCatalog } from "./catalog";
import { findClaims } from "./claims";
import { DEFAULT_MAX_FILE_BYTES, loadText, type ManifestRow, parseManifest } from "./load";
import { type Mention as RecMention, Recognizer } from "./recognize";
import { type Context, findRelations } from "./relations";
import { findTables, focusAfter, phaseNumber } from "./tables";
import { cleanView, normalize, type Segment, segment } from "./text";

export { DEFAULT_MAX_FILE_BYTES } from "./load";

export interface ExtractOptions {
  onProgress?: (done: number, total: number, file: string) => void;
  maxFileBytes?: number;
  /** Directory of catalog JSON files (defaults to data/catalog). */
  catalogDir?: string;
}

const typeOf = (id: string) => id.slice(0, id.indexOf(":"));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Accumulates one graph across documents. */
class Builder {
  documents: DocumentMeta[] = [];
  passages: Passage[] = [];
  mentions: Mention[] = [];
  problems: Problem[] = [];
  edges = new Map<string, GraphEdge>();
  claims = new Map<string, Claim>();
  nodeProps = new Map<string, Record<string, string | number | boolean | string[] | number[]>>();
  tableNodes = new Set<string>();
  used = new Set<string>();
  /** node id → set of passage ids (for co-occurrence). */
  passageNodes = new Map<string, Set<string>>();

  constructor(readonly cat: Catalog) {}

  addEdge(
    type: RelType,
    source: string,
    target: string,
    evs: Evidence | Evidence[],
    confidence: number,
    props: Record<string, string | number> = {},
  ) {
    const list = Array.isArray(evs) ? evs : [evs];
    const id = `${type}:${source}->${target}`;
    const e = this.edges.get(id);
    this.used.add(source);
    this.used.add(target);
    if (!e) {
      this.edges.set(id, {
        id,
        source,
        target,
        type,
        evidence: [...list],
        confidence,
        properties: { ...props },
      });
      return;
    }
    for (const ev of list)
      if (
        !e.evidence.some(
          (x) =>
            x.passage === ev.passage && x.start === ev.start && x.end === ev.end && x.method === ev.method,
        )
      )
        e.evidence.push(ev);
    // More independent evidence raises confidence a little.
    e.confidence = Math.min(0.99, Math.max(e.confidence, confidence) + 0.02);
    Object.assign(e.properties, props);
  }

  addClaim(c: Omit<Claim, "id" | "evidence">, ev: Evidence) {
    const id = `claim:${c.subject}:${c.predicate}:${ev.doc.slice(4)}:${ev.start}`;
    this.used.add(c.subject);
    const existing = this.claims.get(id);
    if (existing) return;
    this.claims.set(id, { ...c, id, evidence: [ev] });
  }

  setProp(node: string, key: string, value: string | number) {
    const p = this.nodeProps.get(node) ?? {};
    p[key] = value;
    this.nodeProps.set(node, p);
  }
}

function evidenceFor(
  doc: string,
  p: Passage,
  seg: Segment,
  method: EvidenceMethod,
  cs?: number,
  ce?: number,
  text?: string,
): Evidence {
  let start = p.start;
  let end = p.end;
  if (cs !== undefined && ce !== undefined && ce > cs) {
    start = seg.map[cs] ?? p.start;
    end = (seg.map[ce - 1] ?? p.end - 1) + 1;
  }
  const src = text ?? "";
  return { doc, passage: p.id, start, end, quote: src.slice(start, end), method };
}

function docYear(date: string): number | null {
  const m = /(\d{4})/.exec(date);
  return m ? Number(m[1]) : null;
}

function titleFromText(text: string): string {
  for (const line of text.split("\n")) {
    const t = line.replace(/^[#\s]+/, "").trim();
    if (t) return t.slice(0, 120);
  }
  return "";
}

interface CtxSubject {
  id: string;
  /** Where the subject was named. */
  ev: Evidence;
}

/** A heading line: short, without sentence-final punctuation (or a Markdown heading). */
function isHeading(clean: string): boolean {
  const t = clean.trim();
  if (/^#/.test(t)) return true;
  return t.length <= 40 && !/[。！？!?；;…：:，,]$/.test(t) && !/[。！？!?]/.test(t);
}

const CTX_TYPES = ["FreeTradeZone", "Area", "Province", "City"];

/**
 * The subject a passage sets for what follows: its first zone or area, else its first province
 * or city — not a place that is only the object of 依托/通过/与/面向 (依托二连浩特、满洲里等口岸) or
 * a destination (线路通达阿拉木图、塔什干…).
 */
function contextSubject(norm: string, ms: RecMention[]): RecMention | undefined {
  const ok = (m: RecMention) => {
    const head = norm.slice(Math.max(0, m.cs - 6), m.cs);
    return !/(依托|通过|借助|利用|凭借|发挥|与|同|面向|对|向|至|到|和|、|通达|通往|开往|抵达|直达|辐射|覆盖|连接|联通)$/.test(
      head,
    );
  };
  const cands = ms.filter((m) => CTX_TYPES.includes(typeOf(m.id)) && ok(m));
  // 广西自贸试验区钦州港片区推动…: an area written right after its zone is the subject
  const first = cands.find((m) => typeOf(m.id) === "FreeTradeZone" || typeOf(m.id) === "Area");
  const next = first && cands.find((m) => m.cs >= first.ce && m.cs - first.ce <= 1);
  if (first && typeOf(first.id) === "FreeTradeZone" && next && typeOf(next.id) === "Area") return next;
  return (
    first ??
    cands.find((m) => typeOf(m.id) === "Province" || typeOf(m.id) === "City") ??
    // 中国 as the actor of agreements (中国已申请加入或尚待实施的…协定 / 例如，…)
    ms.find((m) => m.id === "Country:中国" && ok(m) && !/^[式与和同]/.test(norm.slice(m.ce)))
  );
}

/** A bare 自由贸易试验区/自贸试验区 not part of a named zone: the text talks about zones in general. */
function genericZone(norm: string, ms: RecMention[]): boolean {
  for (const m of norm.matchAll(/自由贸易试验区|自贸试验区|自贸区/g)) {
    const at = m.index ?? 0;
    if (ms.some((x) => x.cs <= at && at < x.ce)) continue;
    // zones in general as the subject of a clause: 自由贸易试验区应…, 东部地区的自由贸易试验区可…
    if (/^(应|要|可|需|须|将|作为|在|是|已|正|则)/.test(norm.slice(at + m[0].length))) return true;
  }
  return false;
}

/**
 * Spans of a passage that refer back to the context subject: 该区/本区/该自贸试验区 (zones),
 * 该片区/本片区 (areas), and — when a heading names the zone — a bare 自贸试验区 that is not part
 * of a named zone (内蒙古…，自贸试验区正为这一短板提供破局路径).
 */
function anaphorsIn(
  norm: string,
  ms: RecMention[],
  id: string,
  fromHeading: boolean,
): { cs: number; ce: number }[] {
  const t = typeOf(id);
  const out: { cs: number; ce: number }[] = [];
  const covered = (i: number) => ms.some((m) => m.cs <= i && i < m.ce);
  const re =
    t === "Area"
      ? /(该|本)片区/g
      : t === "FreeTradeZone"
        ? fromHeading
          ? /(该|本)(自贸试验区|自贸区|自由贸易试验区|试验区|区)(?![域内外间])|自贸试验区(?![建设制度改革创新的提升战略])/g
          : /(该|本)(自贸试验区|自贸区|自由贸易试验区|试验区|区)(?![域内外间])/g
        : null;
  if (!re) return out;
  for (const m of norm.matchAll(re)) {
    const cs = m.index ?? 0;
    if (covered(cs)) continue;
    // a bare 自贸试验区 right after a Han character is part of a longer word (沿边自贸试验区)
    if (!m[1] && /[\u4e00-\u9fff]/.test(norm[cs - 1] ?? "") && !/[，,。；]|[这该本]/.test(norm[cs - 1] ?? ""))
      continue;
    out.push({ cs, ce: cs + m[0].length });
  }
  return out;
}

/** Extracts one decoded document into the builder. */
/** Role heads that turn a sector into a place or a function (物流枢纽, 金融中心, 现代产业新高地). */
const ROLE_HEAD =
  /(重要|国际性|区域性)?(中心|枢纽|基地|新高地|高地|示范区|先行区|集聚区|平台|门户|试验示范窗口|示范窗口|窗口|试验区|创新|港)$/;
/** Cell items that are roles, policies or programmes rather than sectors. */
const NOT_SECTOR =
  /开放|合作|改革|倡议|一带一路|开发|制度|便利|战略|体制|机制|交流|试验|监管|治理|政府|驱动|聚焦|总部|风险|^(国际|创新|先进|新兴|现代)(技术|科技|经济)$|^(加强|坚持|推进|推动|加快|深化|完善|建立|建设|构建|实施|促进|支持|探索|打造|提升|扩大|形成)|^(经济|科技|技术|国际|服务|制造|贸易|商务|综合|产业|现代|新兴|高端|先进|尖端|研发)$/;

/**
 * Sector items of a table's focus cell (norm[a, b)): split on 、和及与，; role heads dropped
 * (金融领域对外开放试验示范窗口 → 金融); catalogued industries resolved, others registered as found.
 */
function focusCellItems(
  norm: string,
  a: number,
  b: number,
  rec: Recognizer,
): { id: string; cs: number; ce: number }[] {
  const out: { id: string; cs: number; ce: number }[] = [];
  let pos = a;
  for (const piece of norm.slice(a, b).split(/([、，,；;和及与])/)) {
    const cs0 = pos;
    pos += piece.length;
    if (/^[、，,；;和及与]$/.test(piece)) continue;
    const lead = piece.length - piece.trimStart().length;
    let t = piece.trim().replace(/\s+/g, "");
    const field = t.indexOf("领域");
    if (field > 0) t = t.slice(0, field);
    for (let k = 0; k < 3; k++) t = t.replace(ROLE_HEAD, "");
    if (t.length < 2 || t.length > 8 || !/^[\u4e00-\u9fff]+$/.test(t) || NOT_SECTOR.test(t)) continue;
    if (rec.startsWithPlace(t)) continue;
    const known = rec.cat.resolve(t);
    if (known && !known.startsWith("Industry:")) continue;
    const cs = cs0 + lead;
    const raw = norm.slice(cs, cs0 + piece.length).replace(/\s+/g, "");
    if (!raw.startsWith(t.slice(0, 1))) continue;
    // registered without a surface form: a cell item is a sector here, not wherever the word recurs
    const id = known ?? `Industry:${t}`;
    if (!rec.cat.get(id))
      rec.cat.entities.set(id, {
        type: "Industry",
        name: t,
        nameEn: null,
        aliases: [],
        properties: {},
        inCatalog: false,
      });
    out.push({ id, cs, ce: cs + t.length });
  }
  return out;
}

function extractText(b: Builder, rec: Recognizer, file: string, text: string, meta: DocumentMeta): void {
  const doc = meta.id;
  const stem = doc.slice(4);
  const tables = findTables(text);
  const forced = new Set<number>(tables.flatMap((t) => t.rowStarts));
  const segs = segment(cleanView(text, forced));
  let phase: { n: number; year: string } | null = null;
  // Context for clauses without a named subject: the subject of the governing heading and the
  // last subject named in the current paragraph (with the evidence where each was named).
  let headingCtx: CtxSubject | null = null;
  let paraCtx: CtxSubject | null = null;
  let prevEnd = -1;
  let prevNorm = "";
  let prevAgreement: CtxSubject | null = null;
  let prevIndustries: CtxSubject[] = [];
  // the last province named per kind (自治区/省/市), for bodies named without it (自治区商务厅)
  const lastRegion = new Map<string, string>();
  for (const [segIndex, seg] of segs.entries()) {
    const pid = `psg:${stem}:${String(seg.start).padStart(7, "0")}`;
    const p: Passage = {
      id: pid,
      doc,
      start: seg.start,
      end: seg.end,
      text: text.slice(seg.start, seg.end),
      clean: seg.clean,
    };
    b.passages.push(p);
    const norm = normalize(seg.clean);
    const ms = [...rec.recognize(norm), ...rec.regionBodies(norm, lastRegion)].sort((x, y) => x.cs - y.cs);
    for (const m of ms) {
      const e = m.id.startsWith("Province:") ? rec.cat.get(m.id) : undefined;
      const suffix = e ? /(自治区|省|市)$/.exec(e.name)?.[1] : undefined;
      if (suffix) lastRegion.set(suffix, m.id);
    }
    const ev = (method: EvidenceMethod, cs?: number, ce?: number) =>
      evidenceFor(doc, p, seg, method, cs, ce, text);
    const here = new Set<string>();
    const mention = (id: string, cs: number, ce: number) => {
      const start = seg.map[cs] ?? seg.start;
      const end = (seg.map[ce - 1] ?? seg.start) + 1;
      b.mentions.push({ node: id, passage: pid, doc, start, end, surface: text.slice(start, end) });
      b.used.add(id);
      here.add(id);
    };
    for (const m of ms) mention(m.id, m.cs, m.ce);
    const abbr = rec.abbreviations(norm, ms);
    for (const m of abbr) mention(m.id, m.cs, m.ce);
    const inTable = tables.some((t) => seg.start >= t.start && seg.start < t.end);
    // Paragraph and heading bookkeeping (see contextSubject).
    // a short line followed by the rest of its sentence (…区位优势 / 势，大力发展…) is no heading
    const next = segs[segIndex + 1];
    const heading =
      !inTable && isHeading(seg.clean) && !/^[\u4e00-\u9fff]{1,2}[，,、。；]/.test(next?.clean ?? "");
    const continues = /^(例如|比如|譬如|如|其中|具体(而言|来说)?|包括)[，,：:]?/.test(norm);
    const sameParagraph = prevEnd >= 0 && (!/\n/.test(text.slice(prevEnd, seg.start)) || continues);
    if (heading) paraCtx = null;
    else if (!sameParagraph) paraCtx = null;
    // a passage about zones in general (自由贸易试验区应…) has its own, generic subject
    const generic = genericZone(norm, ms);
    const carried: CtxSubject | null =
      inTable || heading || (generic && !headingCtx) ? null : (paraCtx ?? headingCtx);
    const ctx: Context | undefined = carried
      ? {
          id: carried.id,
          anaphors: anaphorsIn(norm, ms, carried.id, headingCtx?.id === carried.id),
          ...(continues && sameParagraph ? { triggers: prevNorm } : {}),
        }
      : undefined;
    const rels = findRelations(norm, ms, rec.cat, inTable, abbr, ctx);
    // "RCEP的签署实施…。中国在上海、广东…等自贸试验区先行先试相关措施": 相关措施/规则 refer to the
    // agreement of the previous sentence of the paragraph; the zones named before it pilot them.
    const rel = /(先行先试|对接|落实|实施|试点|率先实施)相关(措施|规则|条款|举措|内容)/.exec(norm);
    if (rel && prevAgreement && sameParagraph) {
      const zs = ms.filter((m) => m.id.startsWith("FreeTradeZone:") && m.ce <= rel.index);
      for (const z of zs) {
        b.addEdge(
          "ALIGNS_WITH",
          z.id,
          prevAgreement.id,
          [ev("pattern", z.cs, rel.index + rel[0].length), prevAgreement.ev],
          0.65,
        );
      }
    }
    for (const r of rels) {
      if (r.viaContext && carried) {
        // The fact depends on two passages: quote both, with a little less confidence.
        b.addEdge(
          r.type,
          r.source,
          r.target,
          [ev(r.method, r.cs, r.ce), carried.ev],
          Math.max(0.5, r.confidence - 0.1),
        );
      } else b.addEdge(r.type, r.source, r.target, ev(r.method, r.cs, r.ce), r.confidence);
    }
    if (!inTable) {
      const own = contextSubject(norm, ms);
      // the evidence of a carried subject is the clause that names it (…对接中国已申请加入…)
      let ca = own?.cs ?? 0;
      while (ca > 0 && !/[，；;,。！？!?：:]/.test(norm[ca - 1] ?? "")) ca--;
      let cb = own?.ce ?? 0;
      while (cb < norm.length && !/[，；;,。！？!?]/.test(norm[cb] ?? "")) cb++;
      const named = own ? { id: own.id, ev: ev("pattern", ca, cb) } : null;
      const specific = own && (typeOf(own.id) === "FreeTradeZone" || typeOf(own.id) === "Area");
      if (heading) headingCtx = named;
      // a passage that refers back to the zone (…，自贸试验区正为…) keeps the zone as its subject
      else if (carried && ctx && ctx.anaphors.length > 0 && !specific) paraCtx = carried;
      else if (named) paraCtx = named;
      // zones in general (自由贸易试验区应…, 东部地区的自由贸易试验区…) end the carried subject
      else if (generic) paraCtx = null;
    }
    // "…以建设…先进制造业。上海、湖北、江苏、安徽等地的自贸试验区尤其如此": the zones of a 如此-sentence
    // take the industries of the previous sentence of the paragraph.
    if (/(尤其|也|同样|亦|更)(是)?如此/.test(norm) && sameParagraph && prevIndustries.length > 0) {
      for (const z of ms.filter((m) => m.id.startsWith("FreeTradeZone:") || m.id.startsWith("Area:")))
        for (const ind of prevIndustries)
          b.addEdge("FOCUSES_ON", z.id, ind.id, [ev("pattern", z.cs, norm.search(/如此/) + 2), ind.ev], 0.6);
    }
    prevIndustries = inTable
      ? []
      : ms
          .filter((m) => m.id.startsWith("Industry:"))
          .map((m) => ({ id: m.id, ev: ev("pattern", m.cs, m.ce) }));
    const lastAg = [...ms].reverse().find((m) => m.id.startsWith("Agreement:"));
    prevAgreement = lastAg ? { id: lastAg.id, ev: ev("pattern", lastAg.cs, lastAg.ce) } : null;
    prevEnd = seg.end;
    prevNorm = norm;
    // Places named inside other names (the 满洲里 of 满洲里铁路口岸) are not separate mentions: the
    // relations derived from them quote the whole name.
    for (const m of ms) for (const part of m.parts) b.used.add(part.id);
    for (const c of findClaims(norm, ms, meta.year)) {
      b.addClaim(
        {
          subject: c.subject,
          predicate: c.predicate,
          value: c.value,
          unit: c.unit,
          asOf: c.asOf,
          statedYear: meta.year,
          properties: c.properties,
        },
        ev("pattern", c.cs, c.ce),
      );
      if (c.predicate === "category" && typeof c.value === "string")
        b.setProp(c.subject, "category", c.value);
      if (c.predicate === "established" && typeof c.value === "string" && !b.tableNodes.has(c.subject))
        b.setProp(c.subject, "established", c.value);
    }
    for (const id of here) {
      const set = b.passageNodes.get(id) ?? new Set<string>();
      set.add(pid);
      b.passageNodes.set(id, set);
    }

    // Tables.
    /**
     * The sectors of a table cell norm[from, to): the industries recognised in it, plus its other
     * items once their role heads are dropped (物流枢纽和金融中心 → 物流, 金融), recorded as mentions.
     */
    const cellSectors = (from: number, to: number): RecMention[] => {
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
    };
    const region = tables.find((t) => seg.start >= t.start && seg.start < t.end);
    if (!region) continue;
    if (region.kind === "zones") {
      const ph = /^第([一二三四五六七八九十])阶段\s*(\d{4})/.exec(norm);
      if (ph) {
        phase = { n: phaseNumber(ph[1] ?? "") ?? 0, year: ph[2] ?? "" };
        continue;
      }
      const zone = ms.find((m) => typeOf(m.id) === "FreeTradeZone" && m.cs === 0);
      if (!zone) continue;
      b.tableNodes.add(zone.id);
      const date = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(norm);
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
      // Row lines: "先进制造业和跨境电商：郑州片区；" — the industries before the colon are the focus of the
      // area after it; the line right after the date is the focus of the zone itself.
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
        const found = cellSectors(Math.max(a, dateEnd), fieldEnd);
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
      for (const m of ms) {
        const t = typeOf(m.id);
        if (t === "Area") {
          b.tableNodes.add(m.id);
          b.addEdge("PART_OF", m.id, zone.id, ev("table", m.cs, m.ce), 0.95);
        } else if (t === "DevZone") {
          b.addEdge("HAS_PLATFORM", zone.id, m.id, ev("table", m.cs, m.ce), 0.9);
        }
      }
    } else if (region.kind === "areas") {
      // "南宁片区  46.8  现代金融、智慧物流、数字经济": the sectors after the numbers are the area's focus
      const area = ms.find((m) => typeOf(m.id) === "Area" && m.cs === 0);
      if (!area) continue;
      let after = area.ce;
      for (const n of norm.matchAll(/\d+(\.\d+)?/g)) after = Math.max(after, (n.index ?? 0) + n[0].length);
      const found = cellSectors(after, norm.length);
      for (const ind of found)
        b.addEdge("FOCUSES_ON", area.id, ind.id, ev("table", area.cs, Math.max(ind.ce, area.ce)), 0.8);
    } else {
      const row = /^(.+?)\s+(\d+)\s*个/.exec(norm);
      if (!row) continue;
      const label = (row[1] ?? "").trim();
      const count = Number(row[2]);
      const plain = label.replace(/\s*\([A-Za-z]+\)\s*$/, "");
      const acr = /\(([A-Za-z]+)\)/.exec(label)?.[1];
      let subject: string | undefined;
      let predicate = "count";
      if (/自由贸易试验区|自贸试验区/.test(plain)) {
        subject = "Country:中国";
        predicate = "ftz_count";
      } else if (/小计|合计|总计/.test(plain)) {
        subject = "Country:中国";
        predicate = "devzone_count_total";
      } else {
        subject =
          rec.cat.resolve(plain, ["DevZone"]) ?? (acr ? rec.cat.resolve(acr, ["DevZone"]) : undefined);
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
  }
}

function finish(b: Builder): ExtractedGraph {
  // CO_OCCURS: pairs named in the same sentences without a typed relation between them.
  const typed = new Set<string>();
  for (const e of b.edges.values()) {
    typed.add(`${e.source}|${e.target}`);
    typed.add(`${e.target}|${e.source}`);
  }
  const byPassage = new Map<string, string[]>();
  for (const [node, ps] of b.passageNodes) {
    for (const p of ps) {
      const list = byPassage.get(p) ?? [];
      list.push(node);
      byPassage.set(p, list);
    }
  }
  const passageById = new Map(b.passages.map((p) => [p.id, p]));
  const co = new Map<string, { a: string; b: string; ps: string[] }>();
  for (const [pid, nodes] of [...byPassage.entries()].sort((x, y) => cmp(x[0], y[0]))) {
    const uniq = [...new Set(nodes)].sort(cmp);
    if (uniq.length > 12) continue;
    for (let i = 0; i < uniq.length; i++) {
      for (let j = i + 1; j < uniq.length; j++) {
        const a = uniq[i] ?? "";
        const c = uniq[j] ?? "";
        if (typed.has(`${a}|${c}`)) continue;
        const key = `${a}|${c}`;
        const entry = co.get(key) ?? { a, b: c, ps: [] };
        entry.ps.push(pid);
        co.set(key, entry);
      }
    }
  }
  for (const { a, b: c, ps } of co.values()) {
    const id = `CO_OCCURS:${a}->${c}`;
    const evidence = ps.slice(0, 3).map((pid) => {
      const p = passageById.get(pid) as Passage;
      return {
        doc: p.doc,
        passage: p.id,
        start: p.start,
        end: p.end,
        quote: p.text,
        method: "cooccurrence" as const,
      };
    });
    b.edges.set(id, {
      id,
      source: a,
      target: c,
      type: "CO_OCCURS",
      evidence,
      confidence: Math.min(0.5, 0.2 + 0.1 * ps.length),
      properties: { count: ps.length },
    });
  }

  const nodes: GraphNode[] = [];
  for (const id of [...b.used].sort(cmp)) {
    const e = b.cat.get(id);
    if (!e) continue;
    const properties = { ...e.properties, ...(b.nodeProps.get(id) ?? {}) };
    if (e.parent) properties.parent = e.parent;
    nodes.push({
      id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn,
      aliases: [...new Set(e.aliases)].sort(cmp),
      source: e.inCatalog ? "catalog" : b.tableNodes.has(id) ? "table" : "pattern",
      properties,
    });
  }
  const evSort = (a: Evidence, c: Evidence) =>
    cmp(a.doc, c.doc) || a.start - c.start || a.end - c.end || cmp(a.method, c.method);
  const edges = [...b.edges.values()].sort((x, y) => cmp(x.id, y.id));
  for (const e of edges) e.evidence.sort(evSort);
  const claims = [...b.claims.values()].sort((x, y) => cmp(x.id, y.id));
  return {
    version: 1,
    documents: b.documents.sort((x, y) => cmp(x.id, y.id)),
    passages: b.passages.sort((x, y) => cmp(x.id, y.id)),
    nodes,
    edges,
    mentions: b.mentions
      .sort((x, y) => cmp(x.doc, y.doc) || x.start - y.start || x.end - y.end || cmp(x.node, y.node))
      .filter((m, i, arr) => {
        const prev = arr[i - 1];
        return (
          !prev || prev.doc !== m.doc || prev.start !== m.start || prev.end !== m.end || prev.node !== m.node
        );
      }),
    claims,
    problems: b.problems.sort((x, y) => cmp(x.file, y.file) || cmp(x.message, y.message)),
  };
}

/** Extracts a single decoded text (pure; used by tests and by extractCorpus). */
export function extractDocument(
  file: string,
  text: string,
  meta: Partial<ManifestRow> = {},
  catalog: Catalog = loadCatalog(),
): ExtractedGraph {
  const b = new Builder(catalog);
  const rec = new Recognizer(catalog);
  const stem = basename(file, extname(file));
  const date = meta.date ?? "";
  const m: DocumentMeta = {
    id: `doc:${stem}`,
    file,
    title: meta.title || titleFromText(text),
    author: meta.author ?? "",
    date,
    year: docYear(date),
    kind: meta.kind ?? "",
    notes: meta.notes ?? "",
    sha256: "",
    chars: text.length,
    encoding: "utf-8",
    text,
  };
  b.documents.push(m);
  extractText(b, rec, file, text, m);
  return finish(b);
}

export async function extractCorpus(dir: string, options: ExtractOptions = {}): Promise<ExtractedGraph> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const catalog = loadCatalog(options.catalogDir);
  const b = new Builder(catalog);
  const rec = new Recognizer(catalog);
  const manifestPath = join(dir, "MANIFEST.tsv");
  const manifest = existsSync(manifestPath)
    ? parseManifest(readFileSync(manifestPath, "utf8"))
    : new Map<string, ManifestRow>();
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.(txt|md)$/i.test(d.name))
    .map((d) => d.name)
    .sort(cmp);
  let done = 0;
  for (const file of files) {
    const { loaded, problems } = loadText(join(dir, file), file, maxBytes);
    b.problems.push(...problems);
    if (loaded) {
      const row = manifest.get(file);
      const stem = basename(file, extname(file));
      const date = row?.date ?? "";
      const meta: DocumentMeta = {
        id: `doc:${stem}`,
        file,
        title: row?.title || titleFromText(loaded.text),
        author: row?.author ?? "",
        date,
        year: docYear(date),
        kind: row?.kind ?? "",
        notes: row?.notes ?? "",
        sha256: loaded.sha256,
        chars: loaded.text.length,
        encoding: loaded.encoding,
        text: loaded.text,
      };
      b.documents.push(meta);
      try {
        extractText(b, rec, file, loaded.text, meta);
      } catch (err) {
        b.problems.push({ file, severity: "error", message: `extraction failed: ${(err as Error).message}` });
      }
    }
    done++;
    options.onProgress?.(done, files.length, file);
  }
  for (const f of manifest.keys()) {
    if (!files.includes(f))
      b.problems.push({ file: f, severity: "warning", message: "listed in MANIFEST.tsv but not found" });
  }
  return finish(b);
}
