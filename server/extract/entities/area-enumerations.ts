import type { EntityRule } from "./types";

/** Areas named by enumeration before a count: 呼和浩特、满洲里、二连浩特三个片区. */
export const areaEnumerations: EntityRule = {
  name: "area-enumerations",
  type: "Area",
  priority: 4,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/(自贸|自由贸易)?(新)?片区/g)) {
      const k = m.index ?? 0;
      const q =
        /[\u4e00-\u9fff]{2,8}(?:[、和及与][\u4e00-\u9fff]{2,8})+[一二三四五六七八九十两]+(?:个|大)?$/.exec(
          norm.slice(Math.max(0, k - 48), k),
        );
      if (q && !m[1] && !m[2]) {
        const qStart = Math.max(0, k - 48) + (q.index ?? 0);
        const body = norm.slice(qStart, k).replace(/[一二三四五六七八九十两]+(个|大)?$/, "");
        let off = qStart;
        const items = body.split(/(、)/);
        for (const it of items) {
          if (it === "、") {
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
