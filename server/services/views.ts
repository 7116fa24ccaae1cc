/**
 * Analyst views: the graph as known at a date, what changed between two dates, and the agreement ×
 * zone and corridor × zone matrices. Every cell, count and zone carries the sentences behind it.
 */

import { CORRIDOR_LIST } from "../../contracts/api";
import type {
  AgreementMatrix,
  ChangesResponse,
  CorridorMatrix,
  DatedClaim,
  DatedSubgraph,
  TimelineResponse,
} from "../../contracts/views";
import type { CorridorRepository, PageLink } from "../repositories/corridors";
import {
  type EntityRow,
  type EvidenceArrays,
  evidenceViews,
  nodeAttributes,
} from "../repositories/fragments";
import type { GraphRepository } from "../repositories/graph";
import type { DatedClaimRow, ViewsRepository, Window } from "../repositories/views";
import { parseDateInterval } from "../time/dates";
import { relationStage } from "./agreementStage";
import { explain, rankLinks } from "./corridors";
import { edgeOf, emptyGraph } from "./graph";
import { VersionedCache } from "./versionedCache";

type Axis = AgreementMatrix["rows"][number];
type Stage = AgreementMatrix["cells"][number]["stage"];

/** A short column label: the first Latin-letter alias (RCEP, CPTPP, DEPA), else the name. */
export function shortName(e: EntityRow): string {
  return (e.aliases ?? []).find((a) => /^[A-Z][A-Za-z0-9-]{1,9}$/.test(a)) ?? e.name;
}

export function axisOf(e: EntityRow): Axis {
  return { id: e.id, name: e.name, nameEn: e.nameEn ?? null, type: e.type, short: shortName(e) };
}

/** The window of a query: `at` alone means "everything published by then". */
export function windowOf(q: {
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): Window {
  if (q.at) return { from: null, to: q.at };
  return { from: q.from ?? null, to: q.to ?? "9999-12-31" };
}

/** The claim known last (latest knownFrom; ties: the later id, i.e. the later statement). */
export function latestClaim<T extends { knownFrom: string | null; id: string }>(claims: T[]): T | null {
  let best: T | null = null;
  for (const c of claims) {
    if (!c.knownFrom) continue;
    if (!best || (best.knownFrom ?? "") < c.knownFrom) best = c;
  }
  return best;
}

/** Groups of one subject and predicate whose claims disagree on the value. */
export function conflictsOf<T extends { subject: string; predicate: string; value: number | string }>(
  claims: T[],
) {
  const groups = new Map<string, T[]>();
  for (const c of claims) {
    const key = `${c.subject}\u0000${c.predicate}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.map((c) => String(c.value))).size > 1)
    .map((g) => ({
      subject: g[0]?.subject ?? "",
      predicate: g[0]?.predicate ?? "",
      claims: distinctStatements(g),
    }));
}

/** One claim per stated value and period (the same statement repeated across passages shows once). */
export function distinctStatements<T extends { value: number | string; asOf?: string | null }>(
  claims: T[],
): T[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${String(c.value)}\u0000${c.asOf ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The views' public methods answer from a cache kept while the graph version (counts and last document
 * id) stays the same; the `compute*` methods do the work.
 */
export class ViewsService {
  readonly cache: VersionedCache;

  constructor(
    private readonly repo: ViewsRepository,
    private readonly graphRepo: GraphRepository,
    private readonly corridorRepo: CorridorRepository,
    cache?: VersionedCache,
  ) {
    this.cache = cache ?? new VersionedCache({ version: () => this.repo.version() });
  }

  timeline(): Promise<TimelineResponse> {
    return this.cache.get("timeline", () => this.computeTimeline());
  }
  at(w: Window, limit: number): Promise<DatedSubgraph> {
    return this.cache.get(`at|${w.from}|${w.to}|${limit}`, () => this.computeAt(w, limit));
  }
  changes(from: string, to: string): Promise<ChangesResponse> {
    return this.cache.get(`changes|${from}|${to}`, () => this.computeChanges(from, to));
  }
  agreementMatrix(rowTypes: string[]): Promise<AgreementMatrix> {
    const key = `agreements|${[...new Set(rowTypes)].sort().join(",")}`;
    return this.cache.get(key, () => this.computeAgreementMatrix(rowTypes));
  }
  corridorMatrix(): Promise<CorridorMatrix> {
    return this.cache.get("corridors", () => this.computeCorridorMatrix());
  }

  private async claimViews(rows: DatedClaimRow[]): Promise<DatedClaim[]> {
    const prov = await this.graphRepo.provenance(rows.map((r) => r.ev));
    return rows.map((r) => ({
      id: r.id,
      subject: r.subject,
      predicate: r.predicate,
      value: typeof r.value === "number" ? r.value : String(r.value),
      unit: r.unit || null,
      asOf: r.asOf || null,
      knownFrom: r.knownFrom,
      evidence: evidenceViews(r.ev, prov),
    }));
  }

  async computeTimeline(): Promise<TimelineResponse> {
    const rows = await this.repo.timeline();
    const documents = rows
      .filter((r) => r.kind === "document")
      .map((r) => ({ id: r.id, title: r.label, date: r.text ?? "", interval: parseDateInterval(r.text) }));
    const events = rows
      .filter((r): r is typeof r & { date: string } => Boolean(r.date))
      .map((r) => ({ date: r.date, kind: r.kind, id: r.id, label: r.label }));
    const dates = events.map((e) => e.date).sort();
    const first = dates[0];
    const last = dates[dates.length - 1];
    return { documents, events, range: first && last ? { from: first, to: last } : null };
  }

  async computeAt(w: Window, limit: number): Promise<DatedSubgraph> {
    const [docs, zones, counts, g] = await Promise.all([
      this.repo.documents(w),
      this.repo.zones(w),
      this.repo.claims(w, "ftz_count"),
      this.repo.graph(w, limit),
    ]);
    const prov = await this.graphRepo.provenance(zones.map((z) => z.ev));
    const status = new Map(zones.map((z) => [z.zone.id, z.status]));
    const [zoneCount] = await this.claimViews([latestClaim(counts)].filter((c) => c !== null));
    return {
      window: { from: w.from, to: w.to },
      documents: docs.map((d) => ({ ...d, interval: parseDateInterval(d.date) })),
      zones: zones.map((z) => ({
        id: z.zone.id,
        name: z.zone.name,
        nameEn: z.zone.nameEn ?? null,
        status: z.status,
        established: z.established,
        evidence: evidenceViews(z.ev, prov),
      })),
      zoneCount: zoneCount ?? null,
      graph: {
        ...emptyGraph(),
        attributes: { view: "dated", from: w.from, to: w.to },
        // The status at the date, not today's (nodeAttributes carries today's).
        nodes: g.nodes.map((n) => ({
          key: n.id,
          attributes: { ...nodeAttributes({ ...n, status: status.get(n.id) ?? null }) },
        })),
        edges: g.rels.map((r) => {
          const e = edgeOf({ ...r, count: null });
          return r.stage ? { ...e, attributes: { ...e.attributes, stage: r.stage } } : e;
        }),
      },
      truncated: g.truncated,
    };
  }

  async computeChanges(from: string, to: string): Promise<ChangesResponse> {
    const before = { from: null, to: from };
    const after = { from: null, to };
    const [gA, gB, cA, cB] = await Promise.all([
      this.repo.graph(before, 2000),
      this.repo.graph(after, 2000),
      this.repo.claims(before, null),
      this.repo.claims(after, null),
    ]);
    const knownNodes = new Set(gA.nodes.map((n) => n.id));
    const knownRels = new Set(gA.rels.map((r) => r.id));
    const laterRels = new Set(gB.rels.map((r) => r.id));
    const added = gB.rels.filter((r) => !knownRels.has(r.id));
    const [claimsA, claimsB] = await Promise.all([this.claimViews(cA), this.claimViews(cB)]);
    const relEvidence = await this.relationEvidence(added, to);
    return {
      from,
      to,
      addedEntities: gB.nodes
        .filter((n) => !knownNodes.has(n.id))
        .map((n) => ({ id: n.id, name: n.name, type: n.type, nameEn: n.nameEn ?? null })),
      // A relation whose quotes in the window are all headings or fragments has no sentence to show:
      // it is not listed as added (server/services/evidenceRanking.ts).
      addedRelations: added
        .filter((r) => (relEvidence.get(r.id)?.length ?? 0) > 0)
        .map((r) => ({
          id: r.id,
          type: r.type,
          source: r.source,
          target: r.target,
          evidence: relEvidence.get(r.id) ?? [],
        })),
      removedRelations: gA.rels
        .filter((r) => !laterRels.has(r.id))
        .map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target })),
      changedClaims: changedClaims(claimsA, claimsB),
      conflicts: conflictsOf(claimsB),
    };
  }

  /** Evidence of the given relationships, from documents published by `to` only. */
  private async relationEvidence(rels: { id: string; ev: EvidenceArrays }[], to: string) {
    const prov = await this.graphRepo.provenance(rels.map((r) => r.ev));
    const out = new Map<string, ChangesResponse["addedRelations"][number]["evidence"]>();
    for (const r of rels)
      out.set(
        r.id,
        evidenceViews(r.ev, prov).filter((e) => (parseDateInterval(e.docDate)?.from ?? "9999") <= to),
      );
    return out;
  }

  async computeAgreementMatrix(rowTypes: string[]): Promise<AgreementMatrix> {
    const rows = await this.repo.agreementCells(rowTypes);
    const prov = await this.graphRepo.provenance(rows.map((r) => r.ev));
    const rowAxes = new Map<string, Axis>();
    const colAxes = new Map<string, Axis>();
    const cells = rows.map((r) => {
      rowAxes.set(r.row.id, axisOf(r.row));
      colAxes.set(r.column.id, axisOf(r.column));
      // A stage stored by the extractor wins when it can hold for the row's kind; else the sentences say it.
      const stage: Stage = relationStage(r.stage, r.row.type, () =>
        evidenceViews(r.ev, prov).map((e) => e.sentence ?? e.quote),
      );
      return {
        row: r.row.id,
        column: r.column.id,
        edge: r.edge,
        stage,
        evidenceCount: Math.trunc(r.evidenceCount),
      };
    });
    return { rows: [...rowAxes.values()], columns: [...colAxes.values()], cells };
  }

  /**
   * Corridor × zone: the best chain per (zone, corridor), from a bounded page of corridors (highest degree
   * first) and of each one's stations, without evidence (corridorPageQuery). `truncated` when either bound
   * left something out.
   */
  async computeCorridorMatrix(): Promise<CorridorMatrix> {
    const page = await this.corridorRepo.corridorPage({
      offset: 0,
      limit: CORRIDOR_LIST.limit + 1,
      stations: CORRIDOR_LIST.stations,
    });
    const corridors = page.slice(0, CORRIDOR_LIST.limit);
    const best = new Map<string, PageLink & { corridor: EntityRow }>();
    for (const row of corridors) {
      for (const r of rankLinks(row.links)) {
        const key = `${r.zone}\u0000${row.corridor.id}`;
        if (!best.has(key)) best.set(key, { ...r, corridor: row.corridor });
      }
    }
    const rowAxes = new Map<string, Axis>();
    for (const r of best.values()) {
      const zone = r.nodes[r.nodes.length - 1];
      if (zone) rowAxes.set(zone.id, axisOf({ ...zone, degree: null, aliases: null }));
    }
    const used = new Set([...best.values()].map((r) => r.corridor.id));
    return {
      rows: [...rowAxes.values()].sort((a, b) => a.name.localeCompare(b.name, "zh")),
      columns: corridors.filter((c) => used.has(c.corridor.id)).map((c) => axisOf(c.corridor)),
      cells: [...best.values()].map((r) => ({
        row: r.zone,
        column: r.corridor.id,
        directness: r.directness as CorridorMatrix["cells"][number]["directness"],
        strength: r.rank,
        chain: explain(r),
        edges: r.rels.map((x) => x.id),
      })),
      truncated: page.length > corridors.length || corridors.some((c) => c.read < c.totalStations),
    };
  }
}

/** Values that differ between the latest claim known at `from` and the one known at `to`. */
export function changedClaims(before: DatedClaim[], after: DatedClaim[]): ChangesResponse["changedClaims"] {
  const key = (c: DatedClaim) => `${c.subject}\u0000${c.predicate}`;
  const keys = [...new Set(after.map(key))];
  const out: ChangesResponse["changedClaims"] = [];
  for (const k of keys) {
    const a = latestClaim(before.filter((c) => key(c) === k));
    const b = latestClaim(after.filter((c) => key(c) === k));
    if (!b || (a && String(a.value) === String(b.value))) continue;
    out.push({ subject: b.subject, predicate: b.predicate, before: a, after: b });
  }
  return out;
}
