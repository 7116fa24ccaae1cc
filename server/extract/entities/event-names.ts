/**
 * Places inside the names of fairs, forums, summits and secretariats (中国国际进口博览会, 中国—东盟博览会,
 * 东盟秘书处): a country, region, province or city that opens such a name, with only
 * name characters before the head (no particle, conjunction or verb), names the event, not the place.
 * The precision rule: an alias inside a longer name is not a mention.
 */
import {
  CONJUNCTION_CHARS,
  charClassBody,
  EVENT_GAP_WORDS,
  EVENT_HEADS,
  NAME_FUNCTION_CHARS,
} from "../lexicon";
import type { Mention } from "./types";

/** The place types a name of an event may open with. */
const PLACE = /^(?:Country|Province|City):/;
/** Up to eight name characters (dashes of 中国—东盟 included) and then an event head. */
const EVENT_TAIL = new RegExp(`^([\\u4e00-\\u9fff—–\\-]{0,8}?)(?:${EVENT_HEADS.join("|")})`);
/** What breaks the name run before the head: a particle, a conjunction, a list comma. */
const BREAK = new RegExp(`[${charClassBody(NAME_FUNCTION_CHARS + CONJUNCTION_CHARS)}]`);
/** Words that end the place's own phrase (参加, 举办, 等…). */
const GAP_WORD = new RegExp(EVENT_GAP_WORDS.join("|"));

/** Any event head (the cheap test of the passage). */
const ANY_HEAD = new RegExp(EVENT_HEADS.join("|"));

/** Removes (in place) places that open the name of an event. */
export function dropEventPlaces(norm: string, out: Mention[]): void {
  if (!ANY_HEAD.test(norm)) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !PLACE.test(m.id)) continue;
    const tail = EVENT_TAIL.exec(norm.slice(m.ce, m.ce + 12));
    if (!tail) continue;
    const gap = tail[1] ?? "";
    if (BREAK.test(gap) || GAP_WORD.test(gap)) continue;
    out.splice(k, 1);
  }
}
