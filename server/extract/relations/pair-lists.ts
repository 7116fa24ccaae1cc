/**
 * Lists of pairs (A与B、C与D…) for joint-with's guard: the later pairs of such a list are not partners of
 * the first side. (The former paired-sides rule, which read each pair as COOPERATES_WITH, was removed in release 16:
 * it did not meet the release bar on unseen excerpts.)
 */

import { divisionEnd } from "../entities/foreign-divisions";
import type { Mention } from "../entities/types";
import { typeOf } from "./context";

/** Who may stand on either side of a pair: places, ports, zones and bodies. */
const SIDE = /^(City|Province|Country|Port|Organization|DevZone|Area|FreeTradeZone)$/;
/** 与 as a conjunction (not 参与, 给与, 赋与, 授与). */
const WITH = /(?<![参给赋授])与/g;
/** An administrative suffix left outside a name (大庆市, 蒙巴萨郡). */
const SUFFIX = /^[市省县州盟郡区]?/;
/**
 * A foreign region a name ends with (东方省, 忠清北道, 纽夫莱大区, 蒙巴萨郡): no node type of its own; read
 * only after a foreign country (a Chinese 广州 or 凉山州 after its province is a side of its own).
 */
const REGION_END = /(省|道|郡|大区|州)$/;

export interface Pair {
  /** The first side; undefined when it is no recognised name (the pair only continues the list). */
  p?: Mention;
  q: Mention;
  /** Where the pair's first name chain starts and its second one ends. */
  start: number;
  end: number;
}

const surface = (norm: string, m: Mention, withSuffix = true) =>
  norm.slice(m.cs, m.ce) + (withSuffix ? (SUFFIX.exec(norm.slice(m.ce))?.[0] ?? "") : "");

/** The names written back to back from `at` (山西省太原市, 韩国忠清北道忠州市), suffixes allowed between. */
function chainFrom(norm: string, sides: Mention[], at: number): Mention[] {
  const chain: Mention[] = [];
  let pos = at;
  for (;;) {
    const m = sides.filter((x) => x.cs === pos).sort((x, y) => y.ce - x.ce)[0];
    if (!m) break;
    chain.push(m);
    pos = m.ce + (SUFFIX.exec(norm.slice(m.ce))?.[0].length ?? 0);
    // a foreign first-level division after its country is no entity (dropForeignDivisions) but part of the chain
    if (typeOf(m.id) === "Country" && m.id !== "Country:中国") pos = divisionEnd(norm, pos, m.id.slice(8));
  }
  return chain;
}

/** The names written back to back ending right before `at` (suffixes allowed), first to last. */
function chainTo(norm: string, sides: Mention[], at: number): Mention[] {
  const chain: Mention[] = [];
  let pos = at;
  for (;;) {
    const m = sides
      .filter((x) => x.ce <= pos && /^[市省县州盟郡区]?$/.test(norm.slice(x.ce, pos)))
      .sort((x, y) => y.cs - x.cs || x.ce - y.ce)[0];
    if (!m) break;
    chain.unshift(m);
    pos = m.cs;
  }
  return chain;
}

/** The side a chain names: its last name, or the one before when the last is a foreign region. */
function sideOf(norm: string, chain: Mention[]): Mention | undefined {
  const last = chain[chain.length - 1];
  const before = chain[chain.length - 2];
  const foreign = before && typeOf(before.id) === "Country" && before.id !== "Country:中国";
  if (last && foreign && REGION_END.test(surface(norm, last))) return before;
  return last;
}

/** The longest stretch of an unrecognised first side (湖北省某某市与…): the text back to 、 at most this long. */
const UNNAMED_SIDE = /、([^、与和及，,；;。！？!?\s]{1,12})$/;

/**
 * The pair around the 与 at `w`: the chain before it and the chain after it. A first side that is no
 * recognised name (right after 、) keeps the list going but gives no pair (`p` undefined).
 */
function pairAt(norm: string, sides: Mention[], w: number): Pair | undefined {
  const before = chainTo(norm, sides, w);
  const after = chainFrom(norm, sides, w + 1);
  const q = sideOf(norm, after);
  const lastAfter = after[after.length - 1];
  if (!q || !lastAfter) return undefined;
  const end = lastAfter.ce + (SUFFIX.exec(norm.slice(lastAfter.ce))?.[0].length ?? 0);
  const p = sideOf(norm, before);
  const first = before[0];
  if (p && first) return p.id === q.id ? undefined : { p, q, start: first.cs, end };
  const unnamed = UNNAMED_SIDE.exec(norm.slice(Math.max(0, w - 13), w));
  return unnamed ? { q, start: w - (unnamed[1] as string).length, end } : undefined;
}

/**
 * The lists of two or more pairs in `norm` (A与B、C与D…), each pair's names back to back and the pairs
 * joined by 、: the runs of pairs, in order.
 */
export function pairLists(norm: string, ms: readonly Mention[]): Pair[][] {
  const sides = ms.filter((m) => SIDE.test(typeOf(m.id)));
  const runs: Pair[][] = [];
  let run: Pair[] = [];
  for (const t of norm.matchAll(WITH)) {
    const pair = pairAt(norm, sides, t.index ?? 0);
    const prev = run[run.length - 1];
    if (pair && prev && norm[prev.end] === "、" && pair.start === prev.end + 1) {
      run.push(pair);
      continue;
    }
    if (run.length >= 2) runs.push(run);
    run = pair ? [pair] : [];
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * Whether the 与 at `at` is one of the list `run` of pairs, or stands before it in the same clause (a pair
 * of the list whose first side is no recognised name: …兴安盟与蒙古国东方省、黑龙江省大庆市与…).
 */
export function inOrBefore(norm: string, run: readonly Pair[], at: number): boolean {
  const start = run[0]?.start ?? 0;
  if (at > start && at < (run[run.length - 1]?.end ?? 0)) return true;
  return at < start && !/[，,；;。！？!?]/.test(norm.slice(at, start));
}
