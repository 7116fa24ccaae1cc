/** Loads and validates the curated catalog (data/catalog/*.json) and indexes its surface forms. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CatalogEntry, CatalogFile } from "../../contracts/catalog";
import { type NodeType, nodeId } from "../../contracts/graph";
import { normalize } from "./text";

export const DEFAULT_CATALOG_DIR = fileURLToPath(new URL("../../data/catalog", import.meta.url));

export class CatalogError extends Error {}

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

export class Catalog {
  readonly entities = new Map<string, Entity>();
  /** Normalised surface form → entity ids (several when ambiguous across types). */
  readonly surfaces = new Map<string, string[]>();
  /** First char → surface forms starting with it, longest first. */
  private byFirst = new Map<string, string[]>();
  /** One-character abbreviations: country abbr (compounds led by 中) and province abbr. */
  readonly countryAbbr = new Map<string, string>();
  readonly provinceAbbr = new Map<string, string>();
  /** Short place names (province short forms, cities, countries) → entity id, for name prefixes. */
  readonly places = new Map<string, string>();

  add(e: Entity): string {
    const id = nodeId(e.type, e.name);
    const existing = this.entities.get(id);
    if (existing) {
      for (const a of e.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
    } else this.entities.set(id, e);
    const forms = [e.name, ...e.aliases];
    if (e.type === "FreeTradeZone") {
      const m = /^中国（(.+)）自由贸易试验区$/.exec(e.name);
      if (m?.[1]) forms.push(...zoneAliases(m[1]));
    }
    for (const f of forms) this.addSurface(f, id);
    if (e.abbr) {
      if (e.type === "Country") this.countryAbbr.set(e.abbr, id);
      if (e.type === "Province") this.provinceAbbr.set(e.abbr, id);
    }
    if (e.type === "Province" || e.type === "City" || e.type === "Country") {
      for (const f of forms) {
        const n = normalize(f);
        if (!this.places.has(n)) this.places.set(n, id);
      }
    }
    return id;
  }

  addSurface(form: string, id: string): void {
    const n = normalize(form);
    if (n.length < 2 && !/^[A-Z]/.test(n)) return;
    const ids = this.surfaces.get(n);
    if (ids) {
      if (!ids.includes(id)) ids.push(id);
      return;
    }
    this.surfaces.set(n, [id]);
    const first = n[0] ?? "";
    const list = this.byFirst.get(first) ?? [];
    list.push(n);
    list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.byFirst.set(first, list);
  }

  /** Longest catalog surface form starting at `pos` of a normalised string. */
  longestAt(text: string, pos: number): string | null {
    const list = this.byFirst.get(text[pos] ?? "");
    if (!list) return null;
    for (const f of list) {
      if (text.startsWith(f, pos)) {
        // Latin acronyms must not be part of a longer Latin word.
        if (/^[A-Za-z]/.test(f)) {
          const before = text[pos - 1] ?? "";
          const after = text[pos + f.length] ?? "";
          if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue;
        }
        return f;
      }
    }
    return null;
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
