/**
 * A route written as a chain of places in brackets right after a service's name (中欧班列长安号（海防—
 * 西安—阿拉木图）班列, 中老铁路（南京—万象）国际货运列车, 中欧班列（郑州至赫尔辛基）, and destinations
 * listed after the dash: 中欧班列（西安—纽约、诺福克）): every place of
 * the chain is a stop of the service, also when another member of the chain is a name no rule knows
 * (the dashes, not the names, make the chain). Unbracketed chains are read by routes.ts (isStop).
 */
import type { Mention } from "../entities/types";
import type { RelationContext } from "./context";

/** What joins the members of a chain: dashes, or 至 inside brackets (中欧班列（郑州至赫尔辛基）). */
const DASH = "(?:[—\\-─–]+|至)";
/** The count of one train between the service's name and the bracket (中欧班列第10000次列车（…）). */
const TRAIN_COUNT = "第[\\d一二三四五六七八九十百千万]+(?:次|列|趟)(?:列车|班列)?";
/** A train number (a letter or 次 with it, no year) opening the bracket before the chain (（X8020、义乌—马德里）). */
const TRAIN_NUMBER = "(?:[A-Z]\\d{3,5}次?|\\d{3,5}次)[、，,]";
/**
 * The text from the service's name to a chain member: an opening bracket, then members and dashes; the
 * member may open with the place it lies in (（中国郑州至芬兰赫尔辛基）).
 */
const LEAD_BRACKETED = new RegExp(
  `^[“"]?(${TRAIN_COUNT})?[(（](${TRAIN_NUMBER})?([\\u4e00-\\u9fff]{1,10}(${DASH}|、))*[\\u4e00-\\u9fff]{0,4}$`,
);
/** The text after a chain member: more members and dashes, then the chain's close. */
const TAIL = new RegExp(`^((${DASH}|、)[\\u4e00-\\u9fff]{1,10}?)*[)）]`);
/** A dash (or 至) right before the member, after up to four characters of its place. */
const DASH_BEFORE = new RegExp(`${DASH}[\\u4e00-\\u9fff]{0,4}$`);
/** A dash right after the member. */
const DASH_AFTER = new RegExp(`^${DASH}`);
/** A dash anywhere. */
const ANY_DASH = new RegExp(DASH);

/** Whether `p` is a member of a dash-joined chain of places written right after the name of `s`. */
export function chainAfter(rc: RelationContext, p: Mention, service: Mention): boolean {
  // (the nearest mention of the service before the place: 中老铁路…，首趟中老铁路（南京—万象）)
  const s = rc.ms.filter((x) => x.id === service.id && x.ce <= p.cs).pop();
  if (!s) return false;
  const lead = rc.norm.slice(s.ce, p.cs);
  const tail = rc.norm.slice(p.ce, p.ce + 60);
  if (!LEAD_BRACKETED.test(lead) || !TAIL.test(tail)) return false;
  // a dash joins the member to the chain, or the member is listed with 、 after a dash (西安—纽约、诺福克),
  // and a bracket opened before it closes after it
  const dashed =
    DASH_BEFORE.test(lead) ||
    DASH_AFTER.test(tail) ||
    (/、[\u4e00-\u9fff]{0,4}$/.test(lead) && ANY_DASH.test(lead));
  return dashed && /^[^(（]*[)）]/.test(tail);
}
