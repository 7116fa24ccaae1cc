/**
 * Places inside the names of fairs, forums and summits (中国国际进口博览会, 中国—东盟博览会, 老挝投资论坛): a country,
 * region, province or city that opens such a name names the event, not the place. The place is dropped only when
 * nothing stands between it and the event head, a dash and another place do, or the words between are whole words
 * an event's name is made of (name-heads.json eventNameWords: 国际, 进口, 投资…); any other word (a verb, a subject
 * noun: 中国高度重视博览会, 德国企业看好博览会) keeps it. The precision rule: an alias inside a longer name is
 * not a mention.
 */
import { EVENT_HEADS, EVENT_NAME_WORDS } from "../lexicon";
import type { Mention } from "./types";

/** The place types a name of an event may open with. */
const PLACE = /^(?:Country|Province|City):/;
/** Up to eight name characters (dashes of 中国—东盟 included) and then an event head. */
const EVENT_TAIL = new RegExp(`^([\\u4e00-\\u9fff—–\\-]{0,8}?)(?:${EVENT_HEADS.join("|")})`);
/** A run of whole event-name words (国际进口, 投资, 经贸…), nothing else. */
const NAME_WORDS = new RegExp(
  `^(?:${[...EVENT_NAME_WORDS].sort((a, b) => b.length - a.length).join("|")})*$`,
);
/** A dash that joins two places in a bilateral name (中国—东盟). */
const DASH = /^[—–-]/;

/** Any event head (the cheap test of the passage). */
const ANY_HEAD = new RegExp(EVENT_HEADS.join("|"));

/** True when the words between a place ending at `at` and the event head make that place part of the name. */
function nameGap(gap: string, at: number, out: readonly Mention[]): boolean {
  if (NAME_WORDS.test(gap)) return true;
  if (!DASH.test(gap)) return false;
  // 中国—东盟博览会: a dash, then another place right after it, then name words; or a dash and a name read
  // through the head (中国—东盟博览会秘书处, an organisation)
  const next = out.find((o) => o.cs === at + 1);
  if (!next) return false;
  if (next.ce > at + gap.length) return true;
  return PLACE.test(next.id) && NAME_WORDS.test(gap.slice(1 + next.ce - next.cs));
}

/** Removes (in place) places that open the name of an event. */
export function dropEventPlaces(norm: string, out: Mention[]): void {
  if (!ANY_HEAD.test(norm)) return;
  const drop = out.filter((m) => {
    if (!PLACE.test(m.id)) return false;
    const tail = EVENT_TAIL.exec(norm.slice(m.ce, m.ce + 12));
    return tail !== null && nameGap(tail[1] ?? "", m.ce, out);
  });
  for (const m of drop) out.splice(out.indexOf(m), 1);
}
