/** Loads and validates the curated catalog (data/catalog/*.json) and indexes its surface forms. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CatalogEntry, CatalogFile } from "../../contracts/catalog";
import { type NodeType, nodeId } from "../../contracts/graph";
import { CodeSet } from "./code-set";
import { longestFirst } from "./longest-first";
import { PrefixIndex } from "./prefix-index";
import { normalize } from "./text";

export const DEFAULT_CATALOG_DIR = fileURLToPath(new URL("../../data/catalog", import.meta.url));

export class CatalogError extends Error {}

/** A Latin acronym written at `pos` that is part of a longer Latin word (it names nothing there). */
function latinInsideWord(f: string, text: string, pos: number): boolean {
  if (!/^[A-Za-z]/.test(f)) return false;
  const before = text[pos - 1] ?? "";
  const after = text[pos + f.length] ?? "";
  return /[A-Za-z]/.test(before) || /[A-Za-z]/.test(after);
}
/** The lengths of the place names `longestPlaceAt` reads (those of Names.placesIn). */
const placeLength = (f: string) => f.length >= 2 && f.length <= 8;
const standsAlone = (f: string, text: string, pos: number) => !latinInsideWord(f, text, pos);

export interface Entity {
  type: NodeType;
  name: string;
  nameEn: string | null;
  aliases: string[];
  abbr?: string;
  parent?: string;
  properties: Record<string, string | number | boolean | string[] | number[]>;
  inCatalog: boolean;
}

/** An entity a pattern found in a text (no catalog entry behind it: no English name, no properties). */
export const patternEntity = (type: NodeType, name: string, aliases: string[] = []): Entity => ({
  type,
  name,
  nameEn: null,
  aliases,
  properties: {},
  inCatalog: false,
});

export { nodeId };

/** Short form of a province ("内蒙古自治区" → "内蒙古"). */
export function provinceShort(e: Entity): string {
  return e.aliases.find((a) => /^[\u4e00-\u9fff]{2,3}$/.test(a) && e.name.startsWith(a)) ?? e.name;
}

export function zoneName(place: string): string {
  return `中国（${place}）自由贸易试验区`;
}

/** Surface forms derived for every zone (catalog or found): X自贸试验区, X自贸区, X自由贸易试验区... */
export function zoneAliases(place: string): string[] {
  return [
    `中国(${place})自由贸易试验区`,
    `${place}自由贸易试验区`,
    `${place}自贸试验区`,
    `${place}自贸区`,
    `${place}FTZ`,
    `${place} FTZ`,
  ];
}

/** The read and write side of a catalog's indexes that extraction uses (a Map, or a LayeredMap over one). */
export interface NameMap<K, V> extends Iterable<[K, V]> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
  readonly size: number;
}

/**
 * A map over a base map it never writes: reads see its own entries first, then the base's; writes
 * stay its own. Iteration gives the base's keys in their order (with own values where overridden),
 * then the keys only this layer holds.
 */
export class LayeredMap<K, V> implements NameMap<K, V> {
  readonly own = new Map<K, V>();

  constructor(readonly base: NameMap<K, V>) {}

  get(key: K): V | undefined {
    // (most layers own nothing: one lookup instead of two)
    if (this.own.size === 0) return this.base.get(key);
    const v = this.own.get(key);
    return v === undefined ? this.base.get(key) : v;
  }

  has(key: K): boolean {
    if (this.own.size === 0) return this.base.has(key);
    return this.own.has(key) || this.base.has(key);
  }

  set(key: K, value: V): this {
    this.own.set(key, value);
    return this;
  }

  get size(): number {
    let n = this.base.size;
    for (const k of this.own.keys()) if (!this.base.has(k)) n++;
    return n;
  }

  *[Symbol.iterator](): IterableIterator<[K, V]> {
    for (const [k, v] of this.base) yield [k, this.own.get(k) ?? v];
    for (const [k, v] of this.own) if (!this.base.has(k)) yield [k, v];
  }
}

function layered<K, V>(base: NameMap<K, V> | undefined): NameMap<K, V> {
  return base ? new LayeredMap(base) : new Map<K, V>();
}

/**
 * The loaded catalog, or a layer over one (`layer()`): an extraction registers the names its patterns
 * find in a layer of its own document, so the loaded catalog never changes and a name found in one
 * document is not a known name in the next (the output does not depend on document order). A layer
 * reads through to its base; what it adds or changes (an alias on a catalogued entity is copied first)
 * is `ownEntities()`, merged into the graph by the builder.
 */
export class Catalog {
  readonly entities: NameMap<string, Entity>;
  /** Normalised surface form → entity ids (several when ambiguous across types). */
  readonly surfaces: NameMap<string, string[]>;
  /** This layer's surface forms by their first two code units, tried longest first. */
  private readonly surfaceIndex = new PrefixIndex([], longestFirst);
  /** This layer's place names (keys of `places`) by their first two code units, longest first. */
  private readonly placeIndex = new PrefixIndex([], longestFirst);
  /** One-character abbreviations: country abbr (compounds led by 中) and province abbr. */
  readonly countryAbbr: NameMap<string, string>;
  readonly provinceAbbr: NameMap<string, string>;
  /** Short place names (province short forms, cities, countries) → entity id, for name prefixes. */
  readonly places: NameMap<string, string>;

  /** The code units of this layer's one-character country and province abbreviations. */
  private readonly abbrCodes = new CodeSet();

  constructor(readonly base?: Catalog) {
    this.entities = layered(base?.entities);
    this.surfaces = layered(base?.surfaces);
    this.countryAbbr = layered(base?.countryAbbr);
    this.provinceAbbr = layered(base?.provinceAbbr);
    this.places = layered(base?.places);
  }

  /**
   * Whether `code` (a `charCodeAt`) may be a one-character country or province abbreviation, here or
   * below: false means `countryAbbr` and `provinceAbbr` hold no such character (a cheap test to run
   * before them at every position of a text).
   */
  isAbbreviationCode(code: number): boolean {
    return this.abbrCodes.has(code) || (this.base?.isAbbreviationCode(code) ?? false);
  }

  /** The loaded catalog under every layer. */
  get root(): Catalog {
    return this.base ? this.base.root : this;
  }

  /** A new empty layer over this catalog (one per document). */
  layer(): Catalog {
    return new Catalog(this);
  }

  /** The entities this layer added or changed (every entity of a catalog that is no layer). */
  ownEntities(): Iterable<[string, Entity]> {
    return this.entities instanceof LayeredMap ? this.entities.own : this.entities;
  }

  add(e: Entity): string {
    const id = nodeId(e.type, e.name);
    if (this.entities.has(id)) this.addAliases(id, e.aliases);
    else this.entities.set(id, e);
    const forms = [e.name, ...e.aliases];
    if (e.type === "FreeTradeZone") {
      const m = /^中国（(.+)）自由贸易试验区$/.exec(e.name);
      if (m?.[1]) forms.push(...zoneAliases(m[1]));
    }
    for (const f of forms) this.addSurface(f, id);
    if (e.abbr) {
      if (e.type === "Country") this.countryAbbr.set(e.abbr, id);
      if (e.type === "Province") this.provinceAbbr.set(e.abbr, id);
      if ((e.type === "Country" || e.type === "Province") && e.abbr.length === 1)
        this.abbrCodes.add(e.abbr.charCodeAt(0));
    }
    if (e.type === "Province" || e.type === "City" || e.type === "Country") {
      for (const f of forms) {
        const n = normalize(f);
        if (!this.places.has(n)) {
          this.places.set(n, id);
          this.placeIndex.insert(n);
        }
      }
    }
    return id;
  }

  /** Adds aliases to an entity's list (not as surface forms); a layer copies a base entity first. */
  addAliases(id: string, aliases: readonly string[]): void {
    let e = this.entities.get(id);
    if (!e) return;
    for (const a of aliases) {
      if (e.aliases.includes(a)) continue;
      if (this.entities instanceof LayeredMap && !this.entities.own.has(id)) {
        e = { ...e, aliases: [...e.aliases] };
        this.entities.set(id, e);
      }
      e.aliases.push(a);
    }
  }

  addSurface(form: string, id: string): void {
    const n = normalize(form);
    if (n.length < 2 && !/^[A-Z]/.test(n)) return;
    const ids = this.surfaces.get(n);
    if (ids) {
      if (ids.includes(id)) return;
      if (this.surfaces instanceof LayeredMap && !this.surfaces.own.has(n))
        this.surfaces.set(n, [...ids, id]);
      else ids.push(id);
      return;
    }
    this.surfaces.set(n, [id]);
    this.surfaceIndex.insert(n);
  }

  /** Longest catalog surface form starting at `pos` of a normalised string (this layer's or its base's). */
  longestAt(text: string, pos: number): string | null {
    const below = this.base ? this.base.longestAt(text, pos) : null;
    const own = this.ownLongestAt(text, pos);
    return own && (!below || own.length > below.length) ? own : below;
  }

  private ownLongestAt(text: string, pos: number): string | null {
    if (this.surfaceIndex.size === 0) return null;
    return this.surfaceIndex.firstAt(text, pos, standsAlone) ?? null;
  }

  /**
   * The longest place name (a key of `places`) of two to eight code units written at `pos` of `s`,
   * this layer's or its base's.
   */
  longestPlaceAt(s: string, pos: number): string | undefined {
    const below = this.base?.longestPlaceAt(s, pos);
    const own = this.ownPlaceAt(s, pos);
    return own !== undefined && (below === undefined || own.length > below.length) ? own : below;
  }

  private ownPlaceAt(s: string, pos: number): string | undefined {
    if (this.placeIndex.size === 0) return undefined;
    return this.placeIndex.firstAt(s, pos, placeLength);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** Resolves a surface form to one entity id, preferring `prefer` types in order. */
  resolve(form: string, prefer: NodeType[] = []): string | undefined {
    const ids = this.surfaces.get(normalize(form));
    if (!ids || ids.length === 0) return undefined;
    for (const t of prefer) {
      const hit = ids.find((id) => id.startsWith(`${t}:`));
      if (hit) return hit;
    }
    return ids[0];
  }

  /** The place (province/city/country) whose name is the longest suffix of `s`, if any. */
  placeSuffix(s: string): { id: string; form: string } | null {
    for (let i = 0; i < s.length - 1; i++) {
      const id = this.places.get(s.slice(i));
      if (id) return { id, form: s.slice(i) };
    }
    return null;
  }

  /** The place whose name is the longest prefix of `s`, if any. */
  placePrefix(s: string): { id: string; form: string } | null {
    for (let j = s.length; j >= 2; j--) {
      const id = this.places.get(s.slice(0, j));
      if (id) return { id, form: s.slice(0, j) };
    }
    return null;
  }

  /** Short province name for a zone place ("广州" → the province "广东" when the city has one). */
  zonePlaceFor(place: string): string {
    const id = this.places.get(place);
    const e = id ? this.entities.get(id) : undefined;
    if (e?.type === "City" && e.parent) {
      const prov = this.entities.get(nodeId("Province", e.parent));
      const short = prov ? provinceShort(prov) : undefined;
      if (short && this.entities.has(nodeId("FreeTradeZone", zoneName(short)))) return short;
    }
    if (e?.type === "Province") return provinceShort(e);
    return place;
  }
}

/** The curated coordinates (contracts/geo.ts), not a list of entities: read by server/geo instead. */
export const COORDINATES_FILE = "coordinates.json";

/** Reads every *.json file of a catalog directory but the coordinates; throws CatalogError naming file and entry. */
export function loadCatalog(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const cat = new Catalog();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== COORDINATES_FILE)
    .sort();
  const all: { file: string; entry: CatalogEntry }[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (err) {
      throw new CatalogError(`catalog file ${file}: invalid JSON (${(err as Error).message})`);
    }
    const parsed = CatalogFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path ?? [];
      let where = "";
      if (path[0] === "entries" && typeof path[1] === "number") {
        const entries = (raw as { entries?: { name?: unknown }[] }).entries;
        const name = entries?.[path[1]]?.name;
        where = ` entry #${path[1]}${typeof name === "string" ? ` (${name})` : ""}`;
      }
      throw new CatalogError(
        `catalog file ${file}${where}: ${issue?.message ?? "invalid"} at ${path.join(".") || "(root)"}`,
      );
    }
    for (const entry of parsed.data.entries) all.push({ file, entry });
  }
  // Provinces, countries and cities first so that zone places can be resolved.
  const order = ["Province", "Country", "City"];
  all.sort((a, b) => {
    const ia = order.indexOf(a.entry.type);
    const ib = order.indexOf(b.entry.type);
    return (ia === -1 ? 9 : ia) - (ib === -1 ? 9 : ib);
  });
  for (const { entry } of all) {
    cat.add({
      type: entry.type,
      name: entry.name,
      nameEn: entry.nameEn,
      aliases: [...entry.aliases],
      ...(entry.abbr ? { abbr: entry.abbr } : {}),
      ...(entry.parent ? { parent: entry.parent } : {}),
      properties: { ...entry.properties },
      inCatalog: true,
    });
  }
  return cat;
}
