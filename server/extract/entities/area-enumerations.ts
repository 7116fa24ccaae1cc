import type { Names } from "./names";
import type { EntityRule } from "./types";

const LIST = "[\\u4e00-\\u9fff]{2,8}(?:[、和及与][\\u4e00-\\u9fff]{2,8})+";
const WITH_COUNT = new RegExp(`${LIST}([一二三四五六七八九十两]+(?:个|大)?)$`);
const NO_COUNT = new RegExp(`${LIST}$`);

/** Splits a list at 、 and at 和/及/与/以及 outside place names (呼和浩特 holds a 和), keeping the separators. */
function splitItems(body: string, n: Names): string[] {
  const inPlace = new Array<boolean>(body.length).fill(false);
  for (const p of n.placesIn(body)) for (let i = p.start; i < p.end; i++) inPlace[i] = true;
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    // 以及 is one conjunction (雄安、正定、曹妃甸以及大兴机场四个片区)
    const sep = body.startsWith("以及", i) && !inPlace[i] ? "以及" : (body[i] ?? "");
    if (sep === "、" || sep === "以及" || (/[和及与]/.test(sep) && !inPlace[i])) {
      out.push(body.slice(from, i), sep);
      from = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/**
 * Areas named by enumeration before a count: 呼和浩特、满洲里、二连浩特三个片区, 合肥、芜湖和蚌埠三个片区; or
 * without a count when the items are places: 宁波、杭州、金义片区.
 */
export const areaEnumerations: EntityRule = {
  name: "area-enumerations",
  type: "Area",
  priority: 4,
  find({ norm, n, add }) {
    // (every match ends in 片区: a cheap test before the scan)
    if (!norm.includes("片区")) return;
    for (const m of norm.matchAll(/(自贸|自由贸易)?(新)?片区/g)) {
      const k = m.index ?? 0;
      const before = norm.slice(Math.max(0, k - 48), k);
      const q = WITH_COUNT.exec(before) ?? NO_COUNT.exec(before);
      if (q && !m[1] && !m[2]) {
        const qStart = Math.max(0, k - 48) + (q.index ?? 0);
        // (等 closes the list before its count: 南昌、九江和赣州等三个片区)
        const body = norm
          .slice(qStart, k)
          .replace(/[一二三四五六七八九十两]+(个|大)?$/, "")
          .replace(/等$/, "");
        let off = qStart;
        // items joined by 、 or a conjunction (合肥、芜湖和蚌埠三个片区)
        const items = splitItems(body, n);
        // without a count every item but the last must be a place (会同宁波、杭州、金义片区)
        if (
          !q[1] &&
          !items.slice(0, -1).every((it, i) => i % 2 === 1 || n.placesIn(it).at(-1)?.end === it.length)
        )
          continue;
        for (const it of items) {
          if (/^([、和及与]|以及)$/.test(it)) {
            off += it.length;
            continue;
          }
          // first item may carry a verb before the place (涵盖呼和浩特): keep only the place part
          let name = it;
          let cs = off;
          const places = n.placesIn(it);
          const lastPlace = places[places.length - 1];
          if (lastPlace && lastPlace.end === it.length) {
            name = it.slice(lastPlace.start);
            cs = off + lastPlace.start;
          } else if (it === items[0]) {
            const ns = n.nameStart(it, it.length, 6);
            name = it.slice(ns);
            cs = off + ns;
          }
          off += it.length;
          if (name.length < 2) continue;
          // (an item written in full: 厦门片区、福州片区、平潭片区三个片区)
          const area = name.endsWith("片区") ? name : `${name}片区`;
          const id = n.resolveOrRegister("Area", area);
          add({ id, cs, ce: cs + name.length, method: "pattern", parts: [], enumerated: true });
        }
      }
    }
  },
};
