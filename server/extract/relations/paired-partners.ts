import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

/** Who may be a side of a pair: places, countries and blocs. */
const SIDE = /^(City|Province|Country)$/;
/** A word of friendship, signing or cooperation somewhere in the sentence (the list's predicate). */
const PREDICATE = /友好|友城|结好|姊妹|姐妹|签署|签订|缔结|合作/;
/** What may open an item of the list: its start, a list mark, a colon, or 为/是 (分别为…). */
const OPENS = /^$|[、，,：:为是]$/;
/**
 * What may close an item: a list mark, a clause end, 等, or the predicate's first character, after at most one
 * level suffix a foreign place's name may leave outside its mention (曼谷市, 蒙巴萨郡).
 */
const CLOSES = /^[市郡县省州]?(?=$|[、，,。；;等分签缔共结])/;

/** A county or banner: the annotations' conventions give it no entity, so it is no side of a pair. */
const COUNTY = /[县旗]$/;

/** Places written back to back (湖北省武汉市, 蒙古国中戈壁省): runs of sides with no gap between them. */
function chains(sides: readonly Mention[]): Mention[][] {
  const out: Mention[][] = [];
  for (const m of sides) {
    const last = out.at(-1);
    const tail = last?.at(-1);
    if (last && tail && m.cs === tail.ce) last.push(m);
    else if (!tail || m.cs >= tail.ce) out.push([m]);
  }
  return out;
}

/**
 * A list of two or more place pairs joined by 、, each written A与B (分别为山西省与某国某省、湖北省武汉市与某国
 * 某市), in a sentence of friendship, signing or cooperation: each pair cooperates, COOPERATES_WITH from the
 * place written last before 与 (和, 同) to the place written last after it (the places before each are its
 * province or country). Each item must be exactly the two runs of places and the connector; a single pair is
 * joint-with's, a list with no such predicate (routes, weather, rankings) gives nothing, and a pair with a
 * county (某县与某县) gives none.
 */
export const pairedPartners: RelationRule = {
  name: "paired-partners",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push }) {
    if (!norm.includes("与") && !norm.includes("和")) return;
    if (!PREDICATE.test(norm)) return;
    const sides = ms.filter((m) => SIDE.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs || y.ce - x.ce);
    const runs = chains(sides);
    const pairs: { a: Mention; b: Mention; cs: number; ce: number; next: string }[] = [];
    for (let i = 0; i + 1 < runs.length; i++) {
      const left = runs[i] ?? [];
      const right = runs[i + 1] ?? [];
      const a = left.at(-1);
      const b = right.at(-1);
      const first = left[0];
      const rightFirst = right[0];
      if (!a || !b || !first || !rightFirst) continue;
      if (!/[与和同]/.test(norm.slice(a.ce, rightFirst.cs)) || rightFirst.cs !== a.ce + 1) continue;
      if (!OPENS.test(norm.slice(Math.max(0, first.cs - 1), first.cs))) continue;
      const close = CLOSES.exec(norm.slice(b.ce, b.ce + 2));
      if (!close) continue;
      const ce = b.ce + close[0].length;
      pairs.push({ a, b, cs: first.cs, ce, next: norm.slice(ce, ce + 1) });
    }
    // (a list: two or more pairs, one right after another's 、)
    const listed = pairs.filter(
      (p, k) => (p.next === "、" && pairs[k + 1]?.cs === p.ce + 1) || pairs[k - 1]?.ce === p.cs - 1,
    );
    if (listed.length < 2) return;
    for (const p of listed)
      if (p.a.id !== p.b.id && !COUNTY.test(p.a.id) && !COUNTY.test(p.b.id))
        pushPartners(push, p.a, [p.b.id], p.cs, p.ce);
  },
};
