import type { Names, Span } from "./names";
import type { EntityRule } from "./types";

/** Short names joined by 、/和/与/及, then a count or 等 and the shared head (两大机场, 等国际机场). */
const LIST =
  /((?:[\u4e00-\u9fff]{2,8}[、和与及])+[\u4e00-\u9fff]{2,6}?)(?:[两二三四五]大|[两二三四五]个|等)(国际机场|机场)/g;

type Item = { cs: number; text: string; place: { id: string; len: number } | null };

/** The items right before the head that each start with a place or name a catalogued airport with it. */
function namedItems(list: string, at: number, head: string, n: Names): Item[] {
  const raws = list.split(/[、和与及]/);
  const out: Item[] = [];
  let end = at + list.length;
  for (let i = raws.length - 1; i >= 0; i--) {
    const raw = raws[i] ?? "";
    const rawStart = end - raw.length;
    end = rawStart - 1;
    // the first item of the text starts at its place (阳逻港还与武汉天河… → 武汉天河)
    const lead = i === 0 ? n.placesIn(raw)[0] : undefined;
    const skip = lead ? lead.start : 0;
    const text = raw.slice(skip);
    const place = n.startsWithPlace(text);
    const known = n.cat.resolve(`${text}${head}`, ["Port"]);
    if (!place && !(known && n.cat.get(known)?.inCatalog)) {
      // an item before the list (阳逻港还): the list starts after it
      break;
    }
    out.unshift({ cs: rawStart + skip, text, place });
  }
  return out;
}

/**
 * Airports named by a list that shares one head (武汉天河、鄂州花湖两大机场 → 武汉天河机场, 鄂州花湖机场): each
 * item is an airport of its own, its place its part; the last item's mention runs to the end of the head.
 * Items that start with no place and name no catalogued airport end the list (推进航线、货运两大机场: none).
 */
export const airportLists: EntityRule = {
  name: "airport-lists",
  type: "Port",
  priority: 3,
  find({ norm, n, add }) {
    // (every list closes with 机场: a cheap test before the scan)
    if (!norm.includes("机场")) return;
    for (const m of norm.matchAll(LIST)) {
      const head = m[2] ?? "";
      const items = namedItems(m[1] ?? "", m.index ?? 0, head, n);
      if (items.length < 2) continue;
      const headEnd = (m.index ?? 0) + m[0].length;
      items.forEach((it, i) => {
        // an item written in full keeps its name (…、北京首都机场四大机场 → 北京首都机场)
        const name = /机场$/.test(it.text) ? it.text : `${it.text}${head}`;
        const parts: Span[] = it.place ? [{ id: it.place.id, cs: it.cs, ce: it.cs + it.place.len }] : [];
        add({
          id: n.resolveOrRegister("Port", name),
          cs: it.cs,
          ce: i === items.length - 1 ? headEnd : it.cs + it.text.length,
          method: "pattern",
          parts,
        });
      });
    }
  },
};
