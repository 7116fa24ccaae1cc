import { readLexicon } from "../lexicon";
import { insideWord } from "./catalog-surfaces";
import type { EntityRule } from "./types";

const data = readLexicon<{ bodies: Record<string, string>; variants: Record<string, string> }>(
  "cn-central-bodies.json",
);
/** Every written form (name or official short form) → the canonical name it stands for. */
const CANONICAL = new Map<string, string>([
  ...Object.keys(data.bodies).map((b) => [b, b] as [string, string]),
  ...Object.entries(data.variants),
]);
const NAMES = new RegExp(
  [...CANONICAL.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|"),
  "g",
);
/** A place right before the name makes it another government's body (美国商务部, 俄罗斯外交部). */
const PLACE = /^(Province|City|Country):/;

/**
 * China's central government bodies of the gazetteer data/lexicon/cn-central-bodies.json that the
 * catalog does not hold (外交部, 农业农村部, 国家铁路局, 中国贸促会 → 中国国际贸易促进委员会). A name
 * inside a common word (商务部门, 教育部分) or after another place than China names no central body.
 */
export const centralBodies: EntityRule = {
  name: "central-bodies",
  type: "Organization",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(NAMES)) {
      const surface = m[0];
      const cs = m.index ?? 0;
      const ce = cs + surface.length;
      if (n.cat.surfaces.has(surface) || insideWord(norm, cs, ce)) continue;
      if (cands.some((c) => c.ce === cs && PLACE.test(c.id) && c.id !== "Country:中国")) continue;
      const canonical = CANONICAL.get(surface) ?? surface;
      const known = n.cat.resolve(canonical, ["Organization"]);
      const id = known?.startsWith("Organization:") ? known : n.ensure("Organization", canonical);
      const e = n.cat.get(id);
      if (e && !e.inCatalog) e.nameEn ??= data.bodies[canonical] ?? null;
      add({ id, cs, ce, method: "pattern" });
    }
  },
};
