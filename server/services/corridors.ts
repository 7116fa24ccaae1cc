/** Corridors and the zones linked to them, each link with its chain and evidence. */
import {
  CORRIDOR_LIST,
  CORRIDOR_PAGE_SIZE,
  type CorridorSummary,
  type CorridorsResponse,
  type CorridorZonesResponse,
  type SerializedGraph,
} from "../../contracts/api";
import { NotFoundError } from "../errors";
import type { CorridorRepository } from "../repositories/corridors";
import { type EntityRow, evidenceViews, nodeAttributes } from "../repositories/fragments";
import type { GraphRepository } from "../repositories/graph";
import type { EndNames } from "./evidenceRanking";
import { edgeOf, emptyGraph, endNames } from "./graph";

type Link = CorridorZonesResponse["links"][number];

/** What ranking needs of a link: its zone, kind, rank and the confidence of its chain's relationships. */
export interface RankedLink {
  zone: string;
  directness: string;
  rank: number;
  rels: { confidence: number | null }[];
}

/**
 * The best chain per zone and kind of link (direct, area, port, city, province, country): the
 * shortest, then the most confident. A zone on a corridor by several routes keeps each route, with
 * its own evidence; the list is ranked by directness, then chain length.
 */
export function rankLinks<T extends RankedLink>(rows: T[]): T[] {
  const best = new Map<string, T>();
  const conf = (r: T) => r.rels.reduce((s, x) => s + (x.confidence ?? 0), 0) / Math.max(1, r.rels.length);
  for (const r of rows) {
    const key = `${r.zone}\u0000${r.directness}`;
    const b = best.get(key);
    if (!b || r.rels.length < b.rels.length || (r.rels.length === b.rels.length && conf(r) > conf(b)))
      best.set(key, r);
  }
  return [...best.values()].sort(
    (a, b) => a.rank - b.rank || a.rels.length - b.rels.length || a.zone.localeCompare(b.zone),
  );
}

/** "zone 中国（内蒙古）自由贸易试验区 → Area 二连浩特片区 → City 二连浩特市 → corridor 中欧班列". */
export function explain(row: { nodes: { type: string; name: string }[] }): string {
  const nodes = [...row.nodes].reverse();
  return nodes
    .map((n, i) =>
      i === 0 ? `zone ${n.name}` : i === nodes.length - 1 ? `corridor ${n.name}` : `${n.type} ${n.name}`,
    )
    .join(" → ");
}

export function summarize(
  c: EntityRow,
  rows: { corridor: string; zone: string; directness: string }[],
): CorridorSummary {
  const mine = rows.filter((r) => r.corridor === c.id);
  return {
    id: c.id,
    name: c.name,
    nameEn: c.nameEn ?? null,
    zoneCount: new Set(mine.map((r) => r.zone)).size,
    directCount: new Set(mine.filter((r) => r.directness === "direct").map((r) => r.zone)).size,
  };
}

export class CorridorService {
  constructor(
    private readonly repo: CorridorRepository,
    private readonly graphRepo: GraphRepository,
  ) {}

  /**
   * A page of corridors, highest degree first, each with its zone counts from at most
   * CORRIDOR_LIST.stations of its stations (`complete` says whether that was all of them).
   */
  async list({
    cursor,
    limit = CORRIDOR_LIST.limit,
  }: {
    cursor?: string | undefined;
    limit?: number;
  } = {}): Promise<CorridorsResponse> {
    const offset = cursor ? Number(cursor) : 0;
    // One more than asked: whether a next page exists, without counting the corridors.
    const rows = await this.repo.corridorPage({ offset, limit: limit + 1, stations: CORRIDOR_LIST.stations });
    const corridors = rows.slice(0, limit).map((row) => ({
      ...summarize(
        row.corridor,
        rankLinks(row.links).map((l) => ({ ...l, corridor: row.corridor.id })),
      ),
      stations: Math.max(row.totalStations, row.read),
      complete: row.read >= row.totalStations,
    }));
    return { corridors, next: rows.length > limit ? String(offset + limit) : null };
  }

  /**
   * One page of the zones linked to a corridor: the stations of the page (see CorridorZonesQuery) and
   * every zone reached through them, each with its best chain per kind of link and that chain's evidence.
   */
  async zones(
    id: string,
    {
      cursor,
      pageSize = CORRIDOR_PAGE_SIZE.default,
    }: { cursor?: string | undefined; pageSize?: number } = {},
  ): Promise<CorridorZonesResponse> {
    const offset = cursor ? Number(cursor) : 0;
    const page = await this.repo.zonesPage(id, { offset, pageSize });
    if (!page) throw new NotFoundError(`No corridor with id ${JSON.stringify(id)}.`, { id });
    const { corridor, links: rows } = page;
    const best = rankLinks(rows);
    const more = page.read === pageSize && offset + page.read < page.totalStations;
    const names = new Map<string, EndNames>([[corridor.id, endNames(corridor)]]);
    for (const r of best) for (const n of r.nodes) names.set(n.id, endNames(n));
    const docs = await this.graphRepo.provenance(
      best.flatMap((r) => r.rels.map((rel) => rel.ev)),
      [...names.keys()],
    );
    const nodes = new Map<string, SerializedGraph["nodes"][number]>();
    const edges = new Map<string, SerializedGraph["edges"][number]>();
    nodes.set(corridor.id, { key: corridor.id, attributes: nodeAttributes(corridor) });
    const links: Link[] = best.map((r) => {
      for (const n of r.nodes) nodes.set(n.id, { key: n.id, attributes: nodeAttributes(n) });
      const chain = [...r.rels].reverse().map((rel) => {
        const hopEnds = [rel.source, rel.target].flatMap((id) => names.get(id) ?? []);
        const evidence = evidenceViews(rel.ev, docs, hopEnds);
        const e = edgeOf({ ...rel, evidenceCount: evidence.length, count: null });
        edges.set(rel.id, { ...e, attributes: { ...e.attributes, evidence } });
        return { edge: rel.id, type: rel.type, from: rel.source, to: rel.target, evidence };
      });
      const zone = r.nodes[r.nodes.length - 1];
      return {
        zone: { id: r.zone, name: zone?.name ?? r.zone, nameEn: zone?.nameEn ?? null },
        directness: r.directness as Link["directness"],
        rank: r.rank,
        explanation: explain(r),
        chain,
      };
    });
    return {
      corridor: summarize(corridor, rows),
      links,
      graph: { ...emptyGraph(), nodes: [...nodes.values()], edges: [...edges.values()] },
      page: {
        stations: page.read,
        totalStations: Math.max(page.totalStations, offset + page.read),
        next: more ? String(offset + page.read) : null,
      },
    };
  }
}
