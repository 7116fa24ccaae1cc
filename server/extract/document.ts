/**
 * One document, passage by passage: mentions, the discourse context, relations, claims and table
 * rows. The state carried from passage to passage (headings, paragraphs, the previous sentence) lives
 * in `DocState`; the steps run in a fixed order (edges merge in the order they are added).
 */
import {
  type DocumentMeta,
  type Evidence,
  type EvidenceMethod,
  type Passage,
  idType as typeOf,
} from "../../contracts/graph";
import { type Builder, evidenceFor } from "./builder";
import { findClaims } from "./claims";
import { clauseEnd, clauseStart } from "./clauses";
import {
  aliasSpans,
  anaphorsIn,
  type CtxSubject,
  contextSubject,
  definedAliases,
  genericZone,
  isHeading,
} from "./discourse";
import { dropCooperationFields } from "./entities/cooperation-fields";
import { dropPairSectors } from "./entities/pair-sectors";
import { dropProjectSectors, namesZone } from "./entities/project-sectors";
import { regionOf } from "./entities/region-bodies";
import { dropUnanchoredSectors } from "./entities/sector-anchor";
import { dropUnframedSectors } from "./entities/sector-frames";
import type { Mention } from "./entities/types";
import { ZONE_TYPE } from "./lexicon";
import type { Recognizer } from "./recognize";
import { type DocReferents, newReferents, noteTitle, placesIn, referentSpans } from "./referent";
import { type Context, findRelations, type ReferentSpan } from "./relations";
import { carriedAccessions } from "./relations/carried-accessions";
import type { FoundRelation } from "./relations/context";
import { countriesOf, pairAnaphor } from "./relations/pair-anaphor";
import { relatedMeasures } from "./relations/related-measures";
import { identifiedService, keepsServiceTopic, routes } from "./relations/routes";
import { isService, quotedBrandService, rememberFreightBrands } from "./relations/services";
import { soToo } from "./relations/so-too";
import { chinaKept } from "./relations/unwritten-china";
import { tableRow } from "./table-rows";
import { findTables, type TableRegion } from "./tables";
import { cleanView, normalize, type Segment, segment } from "./text";

export interface DocState {
  b: Builder;
  rec: Recognizer;
  text: string;
  meta: DocumentMeta;
  tables: TableRegion[];
  segs: Segment[];
  /** The phase row of the zone table that the following rows belong to. */
  phase: { n: number; year: string } | null;
  /** Subject of the governing heading and last subject named in the paragraph (with evidence). */
  headingCtx: CtxSubject | null;
  paraCtx: CtxSubject | null;
  prevEnd: number;
  prevNorm: string;
  prevAgreement: CtxSubject | null;
  prevIndustries: CtxSubject[];
  /** The distinct countries the previous passage named (for 两国/双方). */
  prevCountries: CtxSubject[];
  /** The service (train, route) last named in the document, for sentences about 班列 unnamed. */
  prevService: CtxSubject | null;
  /** Whether the previous passage named prevService (a subjectless sentence after it goes on with its route). */
  serviceInPrevious: boolean;
  /** The previous passage (not in a table) when it named no corridor or service: the next one may identify its train. */
  prevUnnamedRoute: PassageState | null;
  /** The one zone (FreeTradeZone) the previous passage named, for the areas of the next sentence. */
  prevZone: CtxSubject | null;
  /** The zone, area, development zone or port the previous passage named last (not in a table), with the places in its name. */
  prevPlaced: (CtxSubject & Pick<Mention, "parts">) | null;
  /** Whether the paragraph named a zone, area or development zone before (its projects' sectors count). */
  zoneInParagraph: boolean;
  /** The last province named per kind (自治区/省/市), for bodies named without it (自治区商务厅). */
  lastRegion: Map<string, string>;
  /** Short names the document defined for a zone or area (（以下简称自贸试验区）), with the definition. */
  aliases: Map<string, CtxSubject>;
  /** Whether a cooperation with China is stated: both sides written in full (relations/unwritten-china.ts). */
  chinaKept: (r: FoundRelation) => boolean;
  /** The places a deictic word (我省, 本市) may stand for (referent.ts). */
  referents: DocReferents;
}

export interface PassageState {
  seg: Segment;
  segIndex: number;
  pid: string;
  norm: string;
  ms: Mention[];
  abbr: Mention[];
  inTable: boolean;
  /** Entities named in the passage (for co-occurrence). */
  here: Set<string>;
  ev(method: EvidenceMethod, cs?: number, ce?: number): Evidence;
  mention(id: string, cs: number, ce: number): void;
}

/** How the passage relates to what came before it. */
interface Discourse {
  heading: boolean;
  continues: boolean;
  sameParagraph: boolean;
  generic: boolean;
  carried: CtxSubject | null;
  ctx: Context | undefined;
  /** The passage's deictic place words and their referents (referent.ts). */
  refs: ReferentSpan[];
  /** The referents of the passage's deictic place words, by id (where each was named). */
  refEv: Map<string, CtxSubject>;
}

/** A passage that goes on with the one before it even after a line break (例如…, 其中…, 包括…). */
const CONTINUES = /^(例如|比如|譬如|如|其中|具体(而言|来说)?|包括)[，,：:]?/;

/**
 * Whether the passage is in the paragraph of the one before it: no line break between them, or it
 * goes on with it (CONTINUES). The one test of the zone seen in the paragraph and of the carried subject.
 */
function sameParagraph(d: DocState, seg: Segment, norm: string): boolean {
  return d.prevEnd >= 0 && (!/\n/.test(d.text.slice(d.prevEnd, seg.start)) || CONTINUES.test(norm));
}

/** Records the passage and its mentions (names, then abbreviation members). */
function openPassage(d: DocState, seg: Segment, segIndex: number): PassageState {
  const { b, rec, text } = d;
  const doc = d.meta.id;
  const pid = `psg:${doc.slice(4)}:${String(seg.start).padStart(7, "0")}`;
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
  const ms = [...rec.recognize(norm, seg.clean), ...rec.regionBodies(norm, d.lastRegion)].sort(
    (x, y) => x.cs - y.cs,
  );
  rememberFreightBrands(ms, rec.cat, norm);
  if (!sameParagraph(d, seg, norm)) d.zoneInParagraph = false;
  dropProjectSectors(norm, ms, d.zoneInParagraph);
  dropPairSectors(norm, ms, d.zoneInParagraph);
  dropCooperationFields(norm, ms, d.zoneInParagraph);
  const carried = d.paraCtx?.id ?? d.headingCtx?.id ?? "";
  dropUnanchoredSectors(norm, ms, { zoneBefore: d.zoneInParagraph, zoneCarried: ZONE_TYPE.test(carried) });
  const inTable = d.tables.some((t) => seg.start >= t.start && seg.start < t.end);
  // a table's cells list sectors without clauses: the frame is the table's (its heading row)
  if (!inTable) dropUnframedSectors(norm, ms);
  d.zoneInParagraph ||= namesZone(ms);
  for (const m of ms) {
    const region = regionOf(m.id, rec.cat);
    const e = region ? rec.cat.get(region) : undefined;
    const suffix = e ? /(自治区|省|市)$/.exec(e.name)?.[1] : undefined;
    if (suffix && region) d.lastRegion.set(suffix, region);
  }
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
  const ev = (method: EvidenceMethod, cs?: number, ce?: number) =>
    evidenceFor(doc, p, seg, method, cs, ce, text);
  return { seg, segIndex, pid, norm, ms, abbr, inTable, here, ev, mention };
}

/** Heading and paragraph bookkeeping, and the subject carried into this passage (see contextSubject). */
function discourseOf(d: DocState, ps: PassageState): Discourse {
  const { seg, norm, ms, inTable } = ps;
  // a short line followed by the rest of its sentence (…区位优势 / 势，大力发展…) is no heading
  const next = d.segs[ps.segIndex + 1];
  const heading =
    !inTable && isHeading(seg.clean) && !/^[\u4e00-\u9fff]{1,2}[，,、。；]/.test(next?.clean ?? "");
  const continues = CONTINUES.test(norm);
  const same = sameParagraph(d, seg, norm);
  if (heading || !same) d.paraCtx = null;
  const alias = inTable || heading ? undefined : aliasIn(d, norm, ms);
  // a passage about zones in general (自由贸易试验区应…) has its own, generic subject (not a short
  // name the document defined for its zone)
  const generic = genericZone(norm, alias ? [...ms, ...alias.spans.map((a) => spanMention(a))] : ms);
  let carried: CtxSubject | null =
    inTable || heading || (generic && !d.headingCtx) ? null : (d.paraCtx ?? d.headingCtx);
  // the short name refers to its zone when nothing else is carried (or the same zone is)
  if (alias && (!carried || carried.id === alias.subject.id)) carried = carried ?? alias.subject;
  const aliasHere = alias && carried?.id === alias.subject.id ? alias.spans : [];
  const refs = inTable ? [] : referentSpans(d.referents, norm, ms, d.rec.cat);
  const ctx: Context | undefined = carried
    ? {
        id: carried.id,
        anaphors: [...anaphorsIn(norm, ms, carried.id, d.headingCtx?.id === carried.id), ...aliasHere],
        ...(continues && same ? { triggers: d.prevNorm } : {}),
        ...(same && d.prevZone?.id === carried.id ? { zoneBefore: true } : {}),
      }
    : undefined;
  const refEv = new Map(refs.map((r) => [r.ref.id, r.ref]));
  const spans = refs.map((r) => ({ id: r.ref.id, cs: r.cs, ce: r.ce }));
  return { heading, continues, sameParagraph: same, generic, carried, ctx, refs: spans, refEv };
}

const spanMention = (a: { cs: number; ce: number }): Mention => ({
  id: "",
  ...a,
  method: "pattern",
  parts: [],
});

/** The first short name defined earlier in the document that this passage uses, with its spans. */
function aliasIn(d: DocState, norm: string, ms: Mention[]) {
  for (const [alias, subject] of d.aliases) {
    const spans = aliasSpans(norm, ms, alias);
    if (spans.length > 0) return { subject, spans };
  }
  return undefined;
}

/** The passage's relations; a fact that depends on a carried subject quotes both passages. */
function addRelations(d: DocState, ps: PassageState, c: Discourse): void {
  const { b, rec } = d;
  const rels = findRelations(ps.norm, ps.ms, rec.cat, {
    inTable: ps.inTable,
    abbr: ps.abbr,
    ctx: c.ctx,
    service: d.prevService?.id,
    placed: c.sameParagraph ? (d.prevPlaced ?? undefined) : undefined,
    referents: c.refs,
    serviceJustBefore: c.sameParagraph && d.serviceInPrevious,
  }).filter(d.chinaKept);
  if (c.sameParagraph)
    for (const e of [
      ...relatedMeasures(ps.norm, ps.ms, d.prevAgreement, ps.ev),
      ...carriedAccessions(ps.norm, ps.ms, d.prevAgreement, ps.ev),
      ...pairAnaphor(ps.norm, [...ps.ms, ...ps.abbr], d.prevCountries, ps.ev),
    ])
      b.addEdge(e.type, e.source, e.target, e.evidence, e.confidence, e.properties);
  for (const r of rels) {
    const carried = r.viaReferent
      ? (c.refEv.get(r.viaReferent) ?? null)
      : r.viaPrevZone
        ? d.prevZone
        : r.viaPrevPlaced
          ? d.prevPlaced
          : r.viaContext
            ? c.carried
            : r.viaService
              ? d.prevService
              : null;
    if (carried) {
      // The fact depends on two passages: quote both, with a little less confidence.
      b.addEdge(
        r.type,
        r.source,
        r.target,
        [ps.ev(r.method, r.cs, r.ce), carried.ev],
        Math.max(0.5, r.confidence - 0.1),
        r.properties,
      );
    } else b.addEdge(r.type, r.source, r.target, ps.ev(r.method, r.cs, r.ce), r.confidence, r.properties);
  }
}

/**
 * …驶出甲站，到达乙口岸。这是…第N列中欧班列: the previous sentence of the paragraph, naming no service, runs the
 * route of the service this one identifies its train as (routes.ts identifiedService); each fact quotes both.
 */
function identifiedRoute(d: DocState, ps: PassageState, c: Discourse): void {
  const prev = d.prevUnnamedRoute;
  if (!prev || !c.sameParagraph || ps.inTable) return;
  const s = identifiedService(ps.norm, ps.ms, d.rec.cat);
  if (!s) return;
  const rels = findRelations(prev.norm, prev.ms, d.rec.cat, {
    abbr: prev.abbr,
    rules: [routes],
    service: s.id,
    serviceJustAfter: true,
  });
  const named = ps.ev("pattern", clauseStart(ps.norm, s.cs), clauseEnd(ps.norm, s.ce));
  for (const r of rels.filter(d.chinaKept))
    d.b.addEdge(
      r.type,
      r.source,
      r.target,
      [prev.ev(r.method, r.cs, r.ce), named],
      Math.max(0.5, r.confidence - 0.1),
    );
}

/** The subject this passage sets for the next ones. */
function updateContext(d: DocState, ps: PassageState, c: Discourse): void {
  if (ps.inTable) return;
  const { norm, ms } = ps;
  const own = contextSubject(norm, ms);
  // the evidence of a carried subject is the clause that names it (…对接中国已申请加入…)
  const ca = clauseStart(norm, own?.cs ?? 0);
  const cb = clauseEnd(norm, own?.ce ?? 0, true);
  const named = own ? { id: own.id, ev: ps.ev("pattern", ca, cb) } : null;
  const specific = own && (typeOf(own.id) === "FreeTradeZone" || typeOf(own.id) === "Area");
  noteTitle(d.referents, named, norm, isHeading(ps.seg.clean));
  if (c.heading) d.headingCtx = named;
  // a passage that refers back to the zone (…，自贸试验区正为…) keeps the zone as its subject
  else if (c.carried && c.ctx && c.ctx.anaphors.length > 0 && !specific) d.paraCtx = c.carried;
  else if (named) d.paraCtx = named;
  // zones in general (自由贸易试验区应…, 东部地区的自由贸易试验区…) end the carried subject
  else if (c.generic) d.paraCtx = null;
}

/** What the next passage may refer back to: this one's industries and last agreement. */
function rememberPassage(d: DocState, ps: PassageState): void {
  const { norm, ms, ev } = ps;
  d.prevIndustries = ps.inTable
    ? []
    : ms
        .filter((m) => m.id.startsWith("Industry:"))
        .map((m) => ({ id: m.id, ev: ev("pattern", m.cs, m.ce) }));
  d.prevCountries = ps.inTable ? [] : countriesOf([...ms, ...ps.abbr], ev);
  const lastAg = [...ms].reverse().find((m) => m.id.startsWith("Agreement:"));
  d.prevAgreement = lastAg ? { id: lastAg.id, ev: ev("pattern", lastAg.cs, lastAg.ce) } : null;
  const lastService = ps.inTable
    ? undefined
    : [...ms]
        .reverse()
        .find((m) => isService(m.id, ms, d.rec.cat, norm) && !quotedBrandService(m.id, ms, d.rec.cat, norm));
  // (a passage about the service carried, 该班列…, names others only in passing: it stays carried)
  if (lastService && !keepsServiceTopic(norm, ms, d.rec.cat))
    d.prevService = { id: lastService.id, ev: ev("pattern", lastService.cs, lastService.ce) };
  d.serviceInPrevious = !!lastService && lastService.id === d.prevService?.id;
  d.prevUnnamedRoute = ps.inTable || ms.some((m) => m.id.startsWith("Corridor:")) ? null : ps;
  const zones = ps.inTable ? [] : ms.filter((m) => m.id.startsWith("FreeTradeZone:"));
  const zone = zones[0];
  d.prevZone =
    zone && zones.every((m) => m.id === zone.id)
      ? { id: zone.id, ev: ev("pattern", zone.cs, zone.ce) }
      : null;
  const placed = ps.inTable
    ? undefined
    : [...ms].reverse().find((m) => /^(FreeTradeZone|Area|DevZone|Port):/.test(m.id));
  d.prevPlaced = placed
    ? { id: placed.id, ev: ev("pattern", placed.cs, placed.ce), parts: placed.parts }
    : null;
  d.prevEnd = ps.seg.end;
  d.prevNorm = norm;
  if (!ps.inTable)
    for (const a of definedAliases(norm, ms))
      d.aliases.set(a.alias, { id: a.id, ev: ev("pattern", a.cs, a.ce) });
}

/** Dated and counted claims of the passage, and the node properties they set. */
function addClaims(d: DocState, ps: PassageState): void {
  const { b, meta } = d;
  for (const c of findClaims(ps.norm, ps.ms, meta.year)) {
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
      ps.ev("pattern", c.cs, c.ce),
    );
    if (c.predicate === "category" && typeof c.value === "string") b.setProp(c.subject, "category", c.value);
    if (c.predicate === "established" && typeof c.value === "string" && !b.tableNodes.has(c.subject))
      b.setProp(c.subject, "established", c.value);
  }
}

function extractPassage(d: DocState, seg: Segment, segIndex: number): void {
  const { b } = d;
  const ps = openPassage(d, seg, segIndex);
  const c = discourseOf(d, ps);
  addRelations(d, ps, c);
  identifiedRoute(d, ps, c);
  updateContext(d, ps, c);
  d.referents.prev = ps.inTable ? [] : placesIn(ps.ms);
  if (c.sameParagraph)
    for (const e of soToo(ps.norm, ps.ms, d.prevIndustries, ps.ev))
      b.addEdge(e.type, e.source, e.target, e.evidence, e.confidence);
  rememberPassage(d, ps);
  // Places named inside other names (the 满洲里 of 满洲里铁路口岸) are not separate mentions: the
  // relations derived from them quote the whole name.
  for (const m of ps.ms) for (const part of m.parts) b.used.add(part.id);
  addClaims(d, ps);
  for (const id of ps.here) {
    const set = b.passageNodes.get(id) ?? new Set<string>();
    set.add(ps.pid);
    b.passageNodes.set(id, set);
  }
  tableRow(d, ps);
}

/** Extracts one decoded document into the builder. */
export function extractText(b: Builder, rec: Recognizer, text: string, meta: DocumentMeta): void {
  const tables = findTables(text);
  const forced = new Set<number>(tables.flatMap((t) => t.rowStarts));
  const segs = segment(cleanView(text, forced));
  const d: DocState = {
    b,
    rec,
    text,
    meta,
    tables,
    segs,
    phase: null,
    headingCtx: null,
    paraCtx: null,
    prevEnd: -1,
    prevNorm: "",
    prevAgreement: null,
    prevIndustries: [],
    prevCountries: [],
    prevService: null,
    serviceInPrevious: false,
    prevUnnamedRoute: null,
    prevZone: null,
    prevPlaced: null,
    zoneInParagraph: false,
    lastRegion: new Map<string, string>(),
    aliases: new Map<string, CtxSubject>(),
    referents: newReferents(),
    chinaKept: chinaKept(normalize(text), rec.cat),
  };
  for (const [segIndex, seg] of segs.entries()) extractPassage(d, seg, segIndex);
}
