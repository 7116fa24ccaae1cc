import type { Catalog } from "../catalog";
import { CONJUNCTION_CHARS, readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const LEX = readLexicon<{
  otherWords: string[];
  before: string[];
  after: string[];
  counted: string[];
  weakBefore: string[];
  weakAfter: string[];
}>("new-area-short-forms.json");
/** A sentence or clause boundary, a list mark or a conjunction, or no Han text (the text's edge). */
const BOUNDARY = new RegExp(`^(?:[^\\u4e00-\\u9fff]|[${CONJUNCTION_CHARS}]|$)`);
const AFTER = new RegExp(`^(?:${LEX.after.join("|")})`);
const BEFORE = new RegExp(`(?:${LEX.before.join("|")})$`);
/** A counted word (两地, 三大…), licensed only after the last short form of a list. */
const COUNTED = new RegExp(`^(?:${LEX.counted.join("|")})`);
/** Words that license a short form only when the document names the new area in full (在南沙的: the islands). */
const WEAK_BEFORE = new RegExp(`(?:${LEX.weakBefore.join("|")})$`);
const WEAK_AFTER = new RegExp(`^(?:${LEX.weakAfter.join("|")})`);
/** A list mark or conjunction: the short form is the last of a list. */
const LISTED = new RegExp(`^[${CONJUNCTION_CHARS}]$`);
/** An opening bracket right after a port or city: the short form only qualifies that name (某港（南沙）). */
const QUALIFIER = /^[（(]$/;
const NEW_AREA = /^(..)新区$/;

/** Short form → the catalog's DevZone name, derived once per loaded catalog (see the lexicon's description). */
const derived = new WeakMap<Catalog, Map<string, string>>();
function shortForms(cat: Catalog): Map<string, string> {
  const base = cat.base ?? cat;
  const known = derived.get(base);
  if (known) return known;
  const forms = new Map<string, string>();
  for (const [, e] of base.entities) {
    const x =
      e.type === "DevZone" && e.properties.kind === "instance" ? NEW_AREA.exec(e.name)?.[1] : undefined;
    if (!x || base.resolve(x) || LEX.otherWords.includes(x)) continue;
    forms.set(x, e.name);
  }
  derived.set(base, forms);
  return forms;
}

/** Whether the document also writes the short form of another new area (贵安的…西咸的…: a list of zones). */
const otherForm = (forms: Map<string, string>, form: string, norm: string): boolean =>
  [...forms.keys()].some((f) => f !== form && norm.includes(f));

/**
 * A national new area named by its short form as the zone itself (横琴、前海、南沙四大平台, 落户南沙, 两江今年 → the
 * catalog's 南沙新区, 两江新区), read only in licensed shapes: after a boundary, a list mark or a placement verb, and
 * before a boundary, a list mark, 的 or a predicate opener (lexicon new-area-short-forms.json). Not when the short
 * form opens a longer name (南沙区, 南沙群岛, 浦东机场), ends another word (东南沙漠, 王南沙), follows its city (广州南沙,
 * the district) or when a name found before crosses its start.
 */
export const newAreaShortForms: EntityRule = {
  name: "new-area-short-forms",
  type: "DevZone",
  priority: 3,
  find({ norm, n, add, cands }) {
    const forms = shortForms(n.cat);
    if (forms.size === 0) return;
    const re = new RegExp([...forms.keys()].join("|"), "g");
    for (const m of norm.matchAll(re)) {
      const cs = m.index ?? 0;
      const ce = cs + m[0].length;
      const before = norm.slice(Math.max(0, cs - 2), cs);
      const after = norm.slice(ce, ce + 2);
      const prev = norm.slice(cs - 1, cs);
      const opens = BOUNDARY.test(prev) || cs === 0 || BEFORE.test(before);
      const closes = BOUNDARY.test(after) || AFTER.test(after) || (COUNTED.test(after) && LISTED.test(prev));
      if (!opens || !closes) continue;
      const placed = BEFORE.test(before) && !WEAK_BEFORE.test(before);
      const weak = WEAK_AFTER.test(after) && !placed;
      if (weak && !norm.includes(forms.get(m[0]) ?? "") && !otherForm(forms, m[0], norm)) continue;
      const blocked = cands.some(
        (c) =>
          (c.cs < cs && c.ce > cs) ||
          (c.ce === cs && /^(?:City|Province):/.test(c.id)) ||
          (c.ce === cs - 1 && QUALIFIER.test(prev) && /^(?:City|Province|Port):/.test(c.id)),
      );
      if (blocked) continue;
      const id = n.cat.resolve(forms.get(m[0]) ?? "", ["DevZone"]);
      if (id) add({ id, cs, ce, method: "pattern" });
    }
  },
};
