import { charClassBody, longestAlternatives, readLexicon } from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { Span } from "./names";
import { NOT_A_PLACE_CHARS, placeEnd, RECEIVING, TAIL_OF_NAME } from "./office-places";
import type { EntityContext, EntityRule } from "./types";

const lex = readLexicon<{
  centralSenders: string[];
  bodyEnds: string[];
  regions: string[];
  heads: string[];
  notPlaceExtra: string[];
}>("stationed-offices.json");
/** The field words allowed between the receiving place and the head, shared with diplomatic-missions.ts
 * (diplomatic-missions.json officeFields). */
const FIELD = `(?:${longestAlternatives(readLexicon<{ officeFields: string[] }>("diplomatic-missions.json").officeFields)})`;
const HEAD = `(?:${longestAlternatives(lex.heads)})`;
/** After the receiving place: an optional city in brackets, an optional field word and the office head. */
const TAIL = new RegExp(`^(?:[(（][\\u4e00-\\u9fff]{2,6}[)）])?${FIELD}?${HEAD}`);
/** A receiving world region (驻北美, 驻东南亚), data/lexicon/stationed-offices.json regions. */
const REGION = new RegExp(`^(?:${longestAlternatives(lex.regions)})`);
/** A receiving place the catalog lacks: two or three characters, a field word and the head at once. */
const BARE_PLACE = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)${FIELD}${HEAD}`);
/** Words that end a place name before a head could: a list, a clause, another office (office-places.ts
 * NOT_A_PLACE_CHARS), or a word 驻 opens that names no place (notPlaceExtra: 驻地, 驻外, 驻村, 驻华). */
const NOT_A_PLACE = new RegExp(`[、${NOT_A_PLACE_CHARS}${charClassBody(lex.notPlaceExtra.join(""))}]`);
/** Senders: a state, a province or city (office-places.ts RECEIVING), or a public body (外交部, a place's government: bodyEnds). */
const SENDER = new RegExp(`${RECEIVING.source}|^Organization:.*(?:${longestAlternatives(lex.bodyEnds)})$`);
/** The end of an office's name after 驻 at `at`, or 0. */
function officeEnd(ctx: EntityContext, at: number): number {
  const rest = ctx.norm.slice(at, at + 24);
  const place = placeEnd(ctx, at) || (REGION.exec(rest)?.[0].length ?? 0) + at;
  if (place > at) {
    const tail = TAIL.exec(ctx.norm.slice(place, place + 16));
    if (tail) return place + tail[0].length;
  }
  const bare = BARE_PLACE.exec(rest);
  if (bare?.[1] && !NOT_A_PLACE.test(bare[1])) return at + bare[0].length;
  return 0;
}

/** Senders: the candidates of places and bodies, and the central government's names (centralSenders). */
function senders(ctx: EntityContext): Span[] {
  const { norm } = ctx;
  const found: Span[] = ctx.cands.filter(
    (c) => SENDER.test(c.id) && !TAIL_OF_NAME.test(norm[c.cs - 1] ?? ""),
  );
  for (const word of lex.centralSenders)
    for (let i = norm.indexOf(word); i >= 0; i = norm.indexOf(word, i + 1))
      found.push({ id: "", cs: i, ce: i + word.length });
  return found;
}

/**
 * Offices stationed in another place that diplomatic-missions.ts does not read: a body or the central
 * government as the sender (外交部驻某地特派员公署), a world region as the receiving place with its city in
 * brackets (某省驻北美(某城)经贸办事处), or a receiving city the catalog lacks before a field word and the
 * head (某国驻某城贸易办事处). The whole name is the organisation, kept as written; a sending place is its
 * part, a sending body is not (the office is no mention of it).
 */
export const stationedOffices: EntityRule = {
  name: "stationed-offices",
  type: "Organization",
  priority: 1,
  find(ctx) {
    for (const sender of senders(ctx)) {
      if (ctx.norm[sender.ce] !== "驻") continue;
      const end = officeEnd(ctx, sender.ce + 1);
      if (end === 0) continue;
      if (sender.id === "") {
        const name = ctx.norm.slice(sender.cs, end);
        ctx.add({
          id: ctx.n.resolveOrRegister("Organization", name),
          cs: sender.cs,
          ce: end,
          method: "pattern",
        });
      } else addLedOrganization(ctx, sender, end, !sender.id.startsWith("Organization:"));
    }
  },
};
