/**
 * Part-of-speech segmentation (@node-rs/jieba with its bundled dictionary), loaded once per process
 * with the catalog's names as a user dictionary so that known names stay whole.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import type { Catalog } from "../catalog";

export interface Word {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | null = null;
const loaded = new WeakSet<Catalog>();

const TAG: Record<string, string> = {
  Organization: "nt",
  Province: "ns",
  City: "ns",
  Country: "ns",
  Port: "ns",
};

/** The catalog's surface forms as jieba user-dictionary lines ("word freq tag"). */
function userDict(cat: Catalog): string {
  const lines: string[] = [];
  for (const [form, ids] of cat.surfaces) {
    if (form.length < 2 || !/^[\u4e00-\u9fff]+$/.test(form)) continue;
    const type = (ids[0] ?? "").slice(0, (ids[0] ?? "").indexOf(":"));
    lines.push(`${form} 1000 ${TAG[type] ?? "nz"}`);
  }
  return lines.join("\n");
}

/** The words of a text with their tags and offsets. */
export function tagWords(text: string, cat: Catalog): Word[] {
  if (!jieba) jieba = Jieba.withDict(dict);
  if (!loaded.has(cat)) {
    jieba.loadDict(new TextEncoder().encode(userDict(cat)));
    loaded.add(cat);
  }
  const out: Word[] = [];
  let at = 0;
  for (const w of jieba.tag(text, true)) {
    const start = text.indexOf(w.word, at);
    if (start < 0) break;
    out.push({ word: w.word, tag: w.tag, start, end: start + w.word.length });
    at = start + w.word.length;
  }
  return out;
}
