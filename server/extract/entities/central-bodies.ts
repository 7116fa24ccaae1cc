import { HAN } from "../clauses";
import { insideWord } from "../inside-words";
import { afterLocalLevel, charClass, NAME_OPENER_CHARS, readLexicon } from "../lexicon";
import { PrefixIndex } from "../prefix-index";
import type { EntityRule } from "./types";

/** A place right before the name makes it another government's body (美国商务部, 俄罗斯外交部). */
const PLACE = /^(Province|City|Country):/;
/** Characters after which a two-character short form may start inside Han text (与亚行, 是亚行). */
const OPENER = charClass(NAME_OPENER_CHARS, "从到至于往赴将为自同访据获");
/** Characters after which a two-character short form ends a word of its own (亚行的, 亚行、). */
const CLOSER = /[、，,。；;：:和与及等的在将是已也同为)）」”"\s]/;

/**
 * A rule reading a gazetteer of bodies ({bodies: name → English name, variants: short form → name}):
 * every written form is a mention of the canonical body; a catalogued body keeps its entry. A name
 * inside a common word (商务部门, 教育部分, 东亚行业) or right after another place than China names no
 * such body, nor a short form after a local level of government (省国资委: the province's own body).
 * `home`: the places whose own bodies the gazetteer names (China; Taiwan for Taiwan's bodies, 台湾经济部).
 */
export function bodyGazetteer(
  name: string,
  file: string,
  home: readonly string[] = ["Country:中国"],
): EntityRule {
  const data = readLexicon<{ bodies: Record<string, string>; variants: Record<string, string> }>(file);
  const canonical = new Map<string, string>([
    ...Object.keys(data.bodies).map((b) => [b, b] as [string, string]),
    ...Object.entries(data.variants),
  ]);
  const names = new PrefixIndex(
    [...canonical.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)),
  );
  return {
    name,
    type: "Organization",
    priority: 2,
    find({ norm, n, add, cands }) {
      for (const m of names.matchAll(norm)) {
        const surface = m[0];
        const cs = m.index ?? 0;
        const ce = cs + surface.length;
        if (n.cat.surfaces.has(surface) || insideWord(norm, cs, ce)) continue;
        // a two-character short form inside a run of Han text needs a word boundary (东亚行业 holds no 亚行)
        const prev = norm[cs - 1] ?? "";
        const bounded = !HAN.test(prev) || OPENER.test(prev) || CLOSER.test(norm[ce] ?? "。");
        if (surface.length === 2 && !bounded) continue;
        if (cands.some((c) => c.ce === cs && PLACE.test(c.id) && !home.includes(c.id))) continue;
        const body = canonical.get(surface) ?? surface;
        // 省国资委, 市国资委: a short form after a local level names that level's own body
        if (body !== surface && afterLocalLevel(norm, cs)) continue;
        const known = n.cat.resolve(body, ["Organization"]);
        const id = known?.startsWith("Organization:") ? known : n.ensure("Organization", body);
        const e = n.cat.get(id);
        if (e && !e.inCatalog) e.nameEn ??= data.bodies[body] ?? null;
        add({ id, cs, ce, method: "pattern" });
      }
    },
  };
}

/**
 * China's central government bodies of the gazetteer data/lexicon/cn-central-bodies.json that the
 * catalog does not hold (外交部, 农业农村部, 国家铁路局, 中国贸促会 → 中国国际贸易促进委员会).
 */
export const centralBodies: EntityRule = bodyGazetteer("central-bodies", "cn-central-bodies.json");
