import { readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const LEX = readLexicon<{ shortForms: Record<string, string>; continuations: string[] }>(
  "new-area-short-forms.json",
);
const SHORT = new RegExp(Object.keys(LEX.shortForms).join("|"), "g");

/**
 * A national new area named by its short form as the zone itself (横琴、前海、南沙四大平台, 落户南沙 → the
 * catalog's 南沙新区). Not when the short form opens a longer name (南沙区, 南沙港, 南沙开发区管委会), when it
 * follows its city (广州南沙, the district), or when a name found before crosses its start (a place ending in
 * its first character).
 */
export const newAreaShortForms: EntityRule = {
  name: "new-area-short-forms",
  type: "DevZone",
  priority: 3,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(SHORT)) {
      const cs = m.index ?? 0;
      const ce = cs + m[0].length;
      const after = norm.slice(ce);
      if (LEX.continuations.some((w) => after.startsWith(w))) continue;
      const blocked = cands.some(
        (c) => (c.cs < cs && c.ce > cs) || (c.ce === cs && /^(?:City|Province):/.test(c.id)),
      );
      if (blocked) continue;
      const name = LEX.shortForms[m[0]];
      const id = name ? n.cat.resolve(name, ["DevZone"]) : undefined;
      if (id) add({ id, cs, ce, method: "pattern" });
    }
  },
};
