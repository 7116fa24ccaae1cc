import type { Mention } from "../entities/types";
import type { RelationContext } from "./context";

/** A zero-width mention at `at`: where a rule asks the shared subject choice for the subject before it. */
export function pointAt(at: number): Mention {
  return { id: "", cs: at, ce: at, method: "pattern", parts: [] };
}

/**
 * COOPERATES_WITH from `home` to each partner id other than its own that `keep` accepts (all, by
 * default), by pattern, spanning from `home` (or `from`, when earlier) to `ce`.
 */
export function pushPartners(
  push: RelationContext["push"],
  home: Mention,
  partners: readonly string[],
  from: number,
  ce: number,
  keep: (id: string) => boolean = () => true,
): void {
  for (const p of partners)
    if (p !== home.id && keep(p))
      push({
        type: "COOPERATES_WITH",
        subj: home,
        source: home.id,
        target: p,
        method: "pattern",
        confidence: 0.7,
        cs: Math.min(home.cs, from),
        ce,
      });
}

/** The partners listed right after `at` (joined by 、和与及), and where the list ends. */
export function listAfter(norm: string, cands: Mention[], at: number): { list: Mention[]; end: number } {
  const list: Mention[] = [];
  let end = at;
  for (const x of cands) {
    if (x.cs < end) continue;
    if (!(list.length === 0 ? x.cs === end : /^[、和与及]$/.test(norm.slice(end, x.cs)))) break;
    list.push(x);
    end = x.ce;
  }
  return { list, end };
}
