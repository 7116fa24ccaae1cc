/**
 * Name tools shared by the entity rules: place lookup inside a string, the left boundary of an unseen
 * name (name-boundary words from data/lexicon), registration of entities found by a pattern, and the
 * places or parties named inside a catalogued name.
 */
import type { NodeType } from "../../../contracts/graph";
import { type Catalog, type Entity, nodeId, patternEntity, zoneAliases, zoneName } from "../catalog";
import { hanRunBefore } from "../clauses";
import { QUANTIFIER, readLexicon, STRONG_STOPS, WEAK_STOPS } from "../lexicon";
import { DocumentAliases } from "./document-aliases";

/** A span of the normalised passage text naming one entity. */
export interface Span {
  id: string;
  cs: number;
  ce: number;
}

/** `w` written across position `p` of `s` (starting 1 to w.length - 1 characters before it). */
function straddles(s: string, p: number, w: string): boolean {
  for (let k = 0; k < w.length - 1; k++) if (s.slice(p - k - 1, p - k - 1 + w.length) === w) return true;
  return false;
}

function containsAny(s: string, list: readonly string[]): boolean {
  return list.some((t) => s.includes(t));
}

/** Weak words that end a name's left part when a known place follows (data/lexicon/name-boundaries.json). */
const BEFORE_PLACE = new Set(readLexicon<{ beforePlace: string[] }>("name-boundaries.json").beforePlace);

export class Names {
  /** What the current document has named so far (its short forms, see document-aliases.ts). */
  readonly doc = new DocumentAliases();

  /**
   * The names this document can use: the loaded catalog under a layer of the names its patterns found
   * (`newDocument` starts a fresh layer; the builder merges a finished layer into the graph).
   */
  cat: Catalog;

  constructor(readonly catalog: Catalog) {
    this.cat = catalog.layer();
  }

  /** A fresh layer over the loaded catalog: no name found in another document is known here. */
  protected newDocument(): void {
    this.cat = this.catalog.layer();
  }

  /** Non-overlapping place matches (longest first, left to right) inside s. */
  placesIn(s: string): { start: number; end: number; id: string }[] {
    const out: { start: number; end: number; id: string }[] = [];
    let i = 0;
    while (i < s.length) {
      // (the longest place name of two to eight characters written at i)
      const key = this.cat.longestPlaceAt(s, i);
      const id = key === undefined ? undefined : this.cat.places.get(key);
      const hit = key !== undefined && id ? { start: i, end: i + key.length, id } : null;
      if (hit) {
        out.push(hit);
        i = hit.end;
      } else i++;
    }
    return out;
  }

  /** Whether a bilateral pair (中 and a partner's one-character short name: 中俄, 中蒙) is written at `i` of `s`. */
  bilateralPairAt(s: string, i: number): boolean {
    return s[i] === "中" && Boolean(this.cat.countryAbbr.get(s[i + 1] ?? ""));
  }

  /** A phrase opened by a quantifier or determiner (三个, 各), not a name led by a place (四川, 三亚, 万州). */
  quantified(s: string): boolean {
    return QUANTIFIER.test(s) && !this.startsWithPlace(s);
  }

  /** The place name that opens `s` (the first of placesIn when it starts at 0: only position 0 is read). */
  startsWithPlace(s: string): { id: string; len: number } | null {
    const key = this.cat.longestPlaceAt(s, 0);
    const id = key === undefined ? undefined : this.cat.places.get(key);
    return key !== undefined && id ? { id, len: key.length } : null;
  }

  /** A preposition or verb inside a name with a known place right after it (线路由重庆…): a boundary. */
  placeAfterPreposition(name: string): boolean {
    for (let i = 1; i < name.length - 1; i++)
      if (BEFORE_PLACE.has(name[i] ?? "") && this.startsWithPlace(name.slice(i + 1))) return true;
    return false;
  }

  /**
   * Left boundary of an unseen name ending at `end`: drop leading verbs, particles, zone names. `stops` are the
   * words a name cannot hold (the strong stops; a port's rule adds the verbs of a ship's call).
   */
  nameStart(s: string, end: number, max: number, stops: readonly string[] = STRONG_STOPS): number {
    const from = hanRunBefore(s, end, max);
    for (let p = from; p < end - 1; p++) {
      const name = s.slice(p, end);
      if (containsAny(name, stops)) continue;
      // a name does not start inside a stop word (依托龙南口岸 → not 托龙南口岸)
      if (stops.some((w) => w.length > 1 && straddles(s, p, w))) continue;
      if (containsAny(name, WEAK_STOPS) && !this.startsWithPlace(name)) continue;
      if (this.placeAfterPreposition(name)) continue;
      return p;
    }
    return end;
  }

  /** Registers (or finds) an entity found by a pattern and returns its id. */
  ensure(type: NodeType, name: string, extra: Partial<Entity> = {}): string {
    const id = nodeId(type, name);
    if (this.cat.get(id)) {
      this.cat.addAliases(id, extra.aliases ?? []);
      return id;
    }
    this.cat.add({
      ...patternEntity(type, name, extra.aliases ?? []),
      ...(extra.parent ? { parent: extra.parent } : {}),
    });
    return id;
  }

  /** A place-led organisation written at [cs, ce): its catalog id or a new one, the opening place as its part. */
  placeLedOrganisation(
    norm: string,
    cs: number,
    ce: number,
    place: { id: string; start?: number; end: number },
    from: number,
  ) {
    const name = norm.slice(cs, ce);
    const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
    // the place part starts where the place does (a parent company's name may come first)
    const ps = place.start === undefined ? cs : from + place.start;
    return {
      id,
      cs,
      ce,
      method: "pattern" as const,
      parts: [{ id: place.id, cs: ps, ce: from + place.end }],
    };
  }

  /** Places and parties named inside a catalogued name (中国（呼和浩特）跨境电子商务综合试验区 → 呼和浩特). */
  catalogParts(id: string, surface: string, at: number): Span[] {
    if (id.startsWith("Agreement:")) return this.agreementParties(id, surface, at);
    if (!/^(DevZone|Port|Area):/.test(id)) return [];
    const b = /[(（]([\u4e00-\u9fff]{2,8})[)）]/.exec(surface);
    const pid = b?.[1] ? this.cat.places.get(b[1]) : undefined;
    if (!b || !pid) return [];
    const cs = at + b.index + 1;
    return [{ id: pid, cs, ce: cs + (b[1] ?? "").length }];
  }

  /**
   * Parties named by a run of country abbreviations that opens an agreement's name: 美墨加协定 → 美国,
   * 墨西哥, 加拿大; 美日数字贸易协定 → 美国, 日本; 中欧投资协定 → 中国, 欧盟 (beside another economy 欧
   * is the Union).
   */
  agreementParties(id: string, surface: string, at: number): Span[] {
    if (!id.startsWith("Agreement:")) return [];
    let n = 0;
    while (n < surface.length && this.cat.countryAbbr.has(surface[n] ?? "")) n++;
    if (n < 2 || new Set(surface.slice(0, n)).size !== n) return [];
    return [...surface.slice(0, n)].map((c, k) => ({
      id: c === "欧" ? "Country:欧盟" : (this.cat.countryAbbr.get(c) as string),
      cs: at + k,
      ce: at + k + 1,
    }));
  }

  /** The catalogued entity of that type and name, else a newly registered one found by a pattern. */
  resolveOrRegister(type: NodeType, name: string): string {
    const known = this.cat.resolve(name, [type]);
    return known?.startsWith(`${type}:`) ? known : this.ensure(type, name);
  }

  zoneIdForPlace(place: string): string {
    const p = this.cat.zonePlaceFor(place);
    return this.ensure("FreeTradeZone", zoneName(p), { aliases: zoneAliases(p) });
  }
}
