import type { Mention } from "../entities/types";
import { relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { LINE_PLACE, pushPartners } from "./cooperate";
import { seaOrAirWords } from "./route-partners";
import type { RelationRule } from "./types";

/** A dash of one or two marks (—, ——, -, －, –, ─). */
export const DASHES = String.raw`[—\-－–─]{1,2}`;
/** What joins two ends of a line written as a chain: a dash (银川—香港, 南昌-莫斯科). */
export const DASH = new RegExp(`^${DASHES}$`);
/**
 * The line noun closing the chain (南宁—河内货运直通车; 青岛—釜山集装箱航线 and 郑州—列日货运航线 are sea and
 * air lines, which give no dealings: route-partners' seaOrAirWords, set 21's convention). A train
 * written so (石家庄—河内国际货运班列) is a service, whose stops routes.ts reads, not dealings; a quoted
 * chain (“钱凯—上海”海运航线) names a corridor, which CONNECTS its ends. Kept apart from route-partners'
 * line nouns (triggers.json "unnamedRouteNoun"): that list holds train and flight nouns (班列, 专列, 班车,
 * 航班, 包机) which here would make a dash-written train a line of dealings, and lacks 直通车.
 */
const NOUN_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(${relationAlt("dashLineNouns")})`);
/** Words of a freight line (triggers.json "unnamedRouteFreight": 货运, 集装箱, 海运…): trade, not travel. */
const FREIGHT = trigger("unnamedRouteFreight");
/** A train noun right before the bracket holding the chain (首列中俄双向对开班列(南昌-莫斯科)). */
const NOUN_BEFORE = new RegExp(`(${relationAlt("dashTrainNouns")})[(（]$`);

/** The places joined by dashes from `first`, in order, and where the chain ends. */
function chainFrom(rc: RelationContext, places: Mention[], first: Mention): Mention[] {
  const chain = [first];
  for (;;) {
    const last = chain[chain.length - 1] as Mention;
    const next = places.find((x) => x.cs > last.ce && DASH.test(rc.norm.slice(last.ce, x.cs)));
    if (!next) return chain;
    chain.push(next);
  }
}

/**
 * A freight line written as a chain of places joined by dashes, with its road line noun right after the
 * chain (or after the list of chains it closes: 南宁-曼谷、南宁-河内货运直通车; a passenger or unqualified line
 * written as a chain is travel, a sea or air line states no dealings) or a train noun before the bracket holding it
 * (对开班列(南昌-莫斯科)): dealings from the first place to every other place of the chain. A chain in
 * brackets after a named corridor or service (中欧班列（郑州—赫尔辛基）) is that service's route
 * (route-chain reads it), not this.
 */
export const dashLines: RelationRule = {
  name: "dash-lines",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, ms } = rc;
    const places = ms.filter((m) => LINE_PLACE.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs);
    const chains: Mention[][] = [];
    for (const p of places) {
      if (chains.some((c) => c.includes(p))) continue;
      const chain = chainFrom(rc, places, p);
      if (chain.length >= 2) chains.push(chain);
    }
    for (let i = 0; i < chains.length; i++) {
      // (the chains of a list joined by 、 share the noun written after the last one)
      let k = i;
      while (k + 1 < chains.length) {
        const end = (chains[k] as Mention[]).at(-1) as Mention;
        const nextStart = (chains[k + 1] as Mention[])[0] as Mention;
        if (norm.slice(end.ce, nextStart.cs) !== "、") break;
        k++;
      }
      const chain = chains[i] as Mention[];
      const first = chain[0] as Mention;
      const last = (chains[k] as Mention[]).at(-1) as Mention;
      const before = norm.slice(Math.max(0, first.cs - 4), first.cs);
      const bracketed = NOUN_BEFORE.test(before) && /^[)）]/.test(norm.slice(last.ce));
      const service = ms.some((m) => typeOf(m.id) === "Corridor" && m.ce === first.cs - 1);
      const found = NOUN_AFTER.exec(norm.slice(last.ce));
      // (客运航线, 直飞航线: a passenger or unqualified line written as a chain is travel; a sea or air line,
      // 集装箱航线, 货运航线, 海上货运快线, states no dealings)
      const noun = found && FREIGHT.test(found[0]) && !seaOrAirWords(found[0]) ? found : null;
      if ((!noun && !bracketed) || service) continue;
      // (the quote runs to the line noun, or over the noun and bracket before the chain)
      const from = bracketed ? Math.max(0, first.cs - 3) : first.cs;
      const end = noun ? last.ce + noun[0].length : last.ce + 1;
      pushPartners(
        rc.push,
        first,
        chain.slice(1).map((x) => x.id),
        from,
        end,
      );
    }
  },
};
