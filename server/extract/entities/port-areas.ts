import { readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

/** data/lexicon/port-area-words.json: the head 港区, the words that are no area's qualifier, the list's joints. */
const lex = readLexicon<{
  heads: string[];
  cutWords: string[];
  zoneWords: string[];
  endWords: string[];
  listJoints: string[];
  listLastJoints: string[];
  listMin: number;
}>("port-area-words.json");
const HEAD = new RegExp(lex.heads.join("|"), "g");
const JOINTS = new Set(lex.listJoints);
const LAST = new Set(lex.listLastJoints);
const HAN = /[\u4e00-\u9fff]/;

/** The qualifier of the area whose head starts at `k`: the Han run before it (2 to 4 characters) cut after its
 * last clause or zone word, or null when what is left is shorter than two characters or holds such a word. */
function qualifierStart(norm: string, k: number, from: number): number | null {
  let s = k;
  while (s > from && k - s < 4 && HAN.test(norm[s - 1] ?? "") && !JOINTS.has(norm[s - 1] ?? "")) s--;
  // a last-item joint ends the run (甲港区和乙港区): the item starts after it
  for (let i = k - 1; i >= s; i--) if (LAST.has(norm[i] ?? "") && i < k - 1) s = Math.max(s, i + 1);
  for (const w of lex.cutWords) {
    const at = norm.slice(s, k).lastIndexOf(w);
    if (at >= 0) s += at + w.length;
  }
  const q = norm.slice(s, k);
  const kind = lex.zoneWords.some((w) => q.includes(w)) || lex.endWords.some((w) => q.endsWith(w));
  return q.length >= 2 && !kind ? s : null;
}

/**
 * Port areas named by a locality before 港区 (Ports, as set 13, 22 and 25's annotations write them): a list of at
 * least three (甲港区、乙港区、丙港区和丁港区, each item its qualifier and head as written), or one after a
 * catalogued City (某海铁山港区: the area without its city, the city keeping its own reading). Zones and kinds before
 * 港区 (保税港区, 自由贸易港区, 新港区, 陆港区, 集装箱港区) and an area after a port's name (某港某港区) name no area.
 */
export const portAreas: EntityRule = {
  name: "port-areas",
  type: "Port",
  priority: 2,
  find({ norm, n, add, cands }) {
    const items: { cs: number; ce: number; joint: string }[] = [];
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const prev = items[items.length - 1];
      const from = prev && k - prev.ce <= 6 ? prev.ce : 0;
      const s = qualifierStart(norm, k, from);
      if (s === null) continue;
      items.push({ cs: s, ce: k + m[0].length, joint: norm[s - 1] ?? "" });
    }
    // runs of items, each joined to the one before by 、 (or 和/及) right after its head
    let run: typeof items = [];
    const flush = () => {
      if (run.length >= lex.listMin) for (const it of run) emit(it.cs, it.ce);
      run = [];
    };
    const emit = (cs: number, ce: number) =>
      add({ id: n.resolveOrRegister("Port", norm.slice(cs, ce)), cs, ce, method: "pattern" });
    for (const it of items) {
      const prev = run[run.length - 1];
      const joined = prev && it.cs === prev.ce + 1 && (JOINTS.has(it.joint) || LAST.has(it.joint));
      if (!joined) flush();
      run.push(it);
      // one after a city opening the item, with a two-character locality between (某海铁山港区)
      const city = cands.find(
        (c) => c.cs >= it.cs && c.ce === it.ce - 4 && c.ce - c.cs >= 2 && c.id.startsWith("City:"),
      );
      if (city) emit(city.ce, it.ce);
    }
    flush();
  },
};
