/**
 * The document-level alias pass: a name introduced in full earlier in a document and written shorter
 * later (by the language's abbreviation shapes, data/lexicon/document-aliases.json) is the same entity.
 * - a service written with other kind words: 郑欧国际铁路货运班列 … 郑欧国际班列 … 郑欧班列 → the first;
 * - a branded service written after its network, later without it: 中欧班列蓉欧快铁 … 蓉欧快铁;
 * - a quoted brand written with different train words, or bare, in one document: “长满欧”货运班列 …
 *   “长满欧”班列 … “长满欧” → the brand itself (the quotes mark the name, the words after them vary).
 * The memory is the document's (`Recognizer.startDocument` clears it and reads the quoted brands of
 * the whole text); it holds what earlier passages named.
 */
import { idType as typeOf } from "../../../contracts/graph";
import { readLexicon } from "../lexicon";
import { members } from "./corridor-abbreviations";
import type { Names, Span } from "./names";
import type { EntityRule, Mention } from "./types";

const LEX = readLexicon<{
  kindWords: string[];
  serviceHeads: string[];
  networks: string[];
  brandEnds: string[];
  quotedTrain: string;
}>("document-aliases.json");

const HEAD = new RegExp(`(?:${LEX.serviceHeads.join("|")})$`);
const KIND_TAIL = new RegExp(`(?:${[...LEX.kindWords, ...LEX.serviceHeads].join("|")})+$`);
const NETWORK = new RegExp(
  `^(?:${LEX.networks.join("|")})([\\u4e00-\\u9fff]{2,6}(?:${[...LEX.brandEnds, ...LEX.serviceHeads].join("|")}))$`,
);
/** A quoted brand and the train words after it (group 2, empty when the brand stands alone). */
const QUOTED = new RegExp(`[“"]([\\u4e00-\\u9fff]{2,6})[”"](${LEX.quotedTrain})?`, "g");
/** A network or 中欧 written with the brand: that brand belongs to quoted-train-brands' names. */
const NETWORK_BEFORE = new RegExp(`(?:${LEX.networks.join("|")}|中欧国际货运班列)$`);

/** A service's own name once its kind words are dropped (郑欧国际铁路货运班列 → 郑欧), or null. */
export function serviceCore(name: string): string | null {
  if (!HEAD.test(name) || NETWORK.test(name)) return null;
  const core = name.replace(KIND_TAIL, "");
  return core.length >= 2 ? core : null;
}

/** Quoted brands of a text written in more than one way, at least once with train words. */
export function severalWays(norm: string): Set<string> {
  const forms = new Map<string, Set<string>>();
  const tied = new Set<string>();
  for (const m of norm.matchAll(QUOTED)) {
    const brand = m[1] ?? "";
    const train = m[2] ?? "";
    const at = m.index ?? 0;
    if (NETWORK_BEFORE.test(norm.slice(Math.max(0, at - 8), at)) || /^(中欧|欧亚|亚欧)/.test(train))
      tied.add(brand);
    const set = forms.get(brand) ?? new Set<string>();
    set.add(train);
    forms.set(brand, set);
  }
  const out = new Set<string>();
  for (const [brand, set] of forms)
    if (set.size >= 2 && [...set].some((t) => t !== "") && !tied.has(brand)) out.add(brand);
  return out;
}

/** What the document has named so far: the full names its later short forms stand for. */
export class DocumentAliases {
  private cores = new Map<string, string>();
  private surfaces = new Map<string, string>();
  private brands = new Set<string>();
  /** Partners of bilateral agreements named in full (中国-马尔代夫自由贸易协定), by their initial. */
  private partners = new Map<string, string>();
  /** Countries named so far, by their initial (the first one named wins). */
  private countries = new Map<string, string>();
  /** Development zones named by a name of their own so far (河湾综合保税区), not a bare category. */
  private zones = new Set<string>();
  /** The shorter forms of the zones named so far, to their zone (see zone-later-forms.ts); a form two zones
   * share maps to "" (it names neither). */
  private zoneForms = new Map<string, string>();
  /** The shorter forms written of each zone named in full (zone-later-forms.ts), as the zone's aliases. */
  private joined = new Map<string, Set<string>>();
  /** The whole normalised text of the document. */
  private whole = "";

  /** A new document: forget the last one, and read which quoted brands it writes several ways. */
  start(norm: string): void {
    this.cores = new Map();
    this.surfaces = new Map();
    this.partners = new Map();
    this.countries = new Map();
    this.zones = new Set();
    this.zoneForms = new Map();
    this.joined = new Map();
    this.whole = norm;
    this.brands = severalWays(norm);
  }

  /** Remembers the full names of a passage's mentions (first full name wins). */
  remember(ms: readonly Mention[], n: Names): void {
    for (const m of ms) {
      const partner = /^Agreement:中国-(.+)自由贸易协定$/.exec(m.id)?.[1];
      if (partner && n.cat.get(`Country:${partner}`) && !this.partners.has(partner[0] ?? ""))
        this.partners.set(partner[0] ?? "", `Country:${partner}`);
      const country = /^Country:(.)/.exec(m.id)?.[1];
      if (country && country !== "中" && !this.countries.has(country)) this.countries.set(country, m.id);
      const entity = n.cat.get(m.id);
      if (entity && typeOf(m.id) === "DevZone" && entity.properties.kind !== "category")
        this.zones.add(entity.name);
      if (!entity || entity.inCatalog) continue;
      if (typeOf(m.id) !== "Corridor") continue;
      const core = serviceCore(entity.name);
      if (core && !this.cores.has(core)) this.cores.set(core, m.id);
      const branded = NETWORK.exec(entity.name)?.[1];
      if (branded && !this.surfaces.has(branded)) this.surfaces.set(branded, m.id);
    }
  }

  /** The service an earlier passage named with this core, if another. */
  serviceFor(id: string, n: Names): string | undefined {
    const entity = n.cat.get(id);
    if (!entity || entity.inCatalog || typeOf(id) !== "Corridor") return undefined;
    const core = serviceCore(entity.name);
    const known = core ? this.cores.get(core) : undefined;
    return known !== id ? known : undefined;
  }

  /**
   * The country a one-character abbreviation of a bilateral agreement stands for, from what the
   * document named earlier: an agreement's partner, else the first country with that initial.
   */
  ftaPartner(initial: string): string | undefined {
    return this.partners.get(initial) ?? this.countries.get(initial);
  }

  /** The names of the development zones the document has named so far (see bare-categories.ts). */
  namedZones(): ReadonlySet<string> {
    return this.zones;
  }

  /** Remembers a shorter form of a zone's name; a form another zone already has then names neither. */
  addZoneForm(form: string, id: string): void {
    const had = this.zoneForms.get(form);
    this.zoneForms.set(form, had === undefined || had === id ? id : "");
  }

  /** The one zone earlier full names gave this shorter form, if any (none when two zones share it). */
  zoneForm(form: string): string | undefined {
    return this.zoneForms.get(form) || undefined;
  }

  /** Remembers a shorter form the document wrote of a zone named in full (an alias of the zone). */
  addJoinedForm(id: string, form: string): void {
    const forms = this.joined.get(id) ?? new Set<string>();
    forms.add(form);
    this.joined.set(id, forms);
  }

  /** The shorter forms the document wrote of its zones, by zone (merged into the graph's aliases). */
  joinedForms(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.joined;
  }

  /** The whole normalised text of the document (for a word's use anywhere in it). */
  text(): string {
    return this.whole;
  }

  isBrand(brand: string): boolean {
    return this.brands.has(brand);
  }

  shortForms(): IterableIterator<[string, string]> {
    return this.surfaces.entries();
  }
}

/** Quoted brands the document writes several ways: each mention of the brand names it alone. */
function quotedBrands(norm: string, n: Names, add: (m: Omit<Mention, "parts"> & { parts?: Span[] }) => void) {
  for (const m of norm.matchAll(QUOTED)) {
    const brand = m[1] ?? "";
    if (!n.doc.isBrand(brand)) continue;
    const cs = m.index ?? 0;
    const parts = members(brand, cs + 1, n) ?? [];
    add({ id: n.resolveOrRegister("Corridor", brand), cs, ce: cs + m[0].length, method: "pattern", parts });
  }
}

export const documentAliases: EntityRule = {
  name: "document-aliases",
  type: "any",
  priority: 5,
  find({ norm, n, cands, add }) {
    quotedBrands(norm, n, add);
    for (const c of [...cands]) {
      const known = n.doc.serviceFor(c.id, n);
      if (known) add({ ...c, id: known });
    }
    for (const [surface, id] of n.doc.shortForms()) {
      for (let at = norm.indexOf(surface); at >= 0; at = norm.indexOf(surface, at + surface.length))
        add({ id, cs: at, ce: at + surface.length, method: "pattern" });
    }
  },
};
