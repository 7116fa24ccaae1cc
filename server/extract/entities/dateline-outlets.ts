import { hanRunBefore } from "../clauses";
import { MEDIA_HEADS, MEDIA_NOT_OUTLETS, REPORTER_TITLE, REPORTER_TITLES, readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { EntityRule } from "./types";

const SHAPES = readLexicon<{
  bracketCues: string[];
  channels: string[];
  deictic: string[];
  sourceLabels: string[];
  notOutletEnds: string[];
  afterOutlet: string[];
  columnWords: string[];
}>("outlet-shapes.json");
const HAN_NAME = "[\\u4e00-\\u9fff]{2,8}?";
const DATE = "(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?";
const TITLE = `(?:${REPORTER_TITLES.join("|")})`;
/** The opening of a byline's bracket, up to a reporter's title: (记者, (廖某 记者. */
const BYLINE_OPEN = `[(（][^()（）\\n]{0,12}?${TITLE}`;
/** A byline's bracket, (记者 某某), anywhere in a passage (read by relations/routes.ts: no traveller of a train). */
export const BYLINE = new RegExp(`${BYLINE_OPEN}[^()（）\\n]*[)）]`, "g");
/** A bracketed dateline opening a passage: [某某8月31日报导], [某某讯]; a bracketed name right before a
 * byline opened by a reporter's title: [某某](记者 某某); or a bracketed name alone: 〔某某社〕. */
const BRACKET = new RegExp(
  `^\\s*[[【〔]((?:${HAN_NAME}))(?:${DATE}(${SHAPES.bracketCues.join("|")})[\\]】〕]|[\\]】〕]\\s*${BYLINE_OPEN}|[\\]】〕])`,
);
/** A dateline opening a passage: a name, its place of filing, a date, 电 or 讯, then a byline opened by a
 * reporter's title (某某财经上海3月15日电(记者 某某)). */
const LINE_DATELINE = new RegExp(
  `^\\s*([\\u4e00-\\u9fff]{3,12}?)\\d{1,2}月\\d{1,2}日[电讯]\\s*${BYLINE_OPEN}`,
);
/** The same dateline with no byline after 电 or 讯, or with a space and a reporter's title instead of them
 * (某某网莫斯科6月15日 记者): read only when the name ends with a media head (某某时报, 某某网). */
const HEADED_DATELINE = new RegExp(
  `^\\s*([\\u4e00-\\u9fff]{3,12}?)\\d{1,2}月\\d{1,2}日(?:[电讯]|\\s+${TITLE})`,
);
/** An outlet's app or account between its name and a cue: 某某发布客户端讯, 据“某某晚报”公众号消息. */
const CHANNEL = new RegExp(`[”"]?(?:${SHAPES.channels.join("|")})(?:讯|消息|报道|报导)`, "g");
/** A credit closing a paragraph: (某某社) after 。 or 摄 or alone, at the end of the line. */
const CLOSING = /(?:^\s*|[。摄])[(（]([\u4e00-\u9fff]{2,10})[)）]\s*(?=\n|$)/g;
const DEICTIC = new RegExp(`^(?:${SHAPES.deictic.join("|")})`);
/** A source label opening a closing credit ((摘自某某日报)): outlet-shapes.json sourceLabels. */
const SOURCE_LABEL = new RegExp(`^(?:${SHAPES.sourceLabels.join("|")})`);
/** An ending that makes the name a report, a bulletin or a column (某某通报, 两会快讯): notOutletEnds. */
const NOT_OUTLET_END = new RegExp(`(?:${SHAPES.notOutletEnds.join("|")})$`);
/** A column's or a time word's name alone before a cue ([综合消息], [最新消息]): columnWords. */
const COLUMN_WORDS = new Set(SHAPES.columnWords);
/** A word between an outlet's media head and the cue ([某某时报综合报道]): afterOutlet. */
const AFTER_OUTLET = new RegExp(`(?:${SHAPES.afterOutlet.join("|")})$`);

/** A name fit to be an outlet's: no deictic opening, no reporter's title, not a place alone, not generic. */
function outletName(name: string, n: Names): boolean {
  if (name.length < 2 || DEICTIC.test(name) || REPORTER_TITLE.test(name) || MEDIA_NOT_OUTLETS.has(name))
    return false;
  if (NOT_OUTLET_END.test(name) || COLUMN_WORDS.has(name)) return false;
  const place = n.startsWithPlace(name);
  if (place && place.len >= name.length) return false;
  // places covering the name end to end (广州南沙, 深圳前海): a place, not an outlet
  const places = n.placesIn(name);
  return !(places[0]?.start === 0 && places.at(-1)?.end === name.length);
}

/** The name without a word written after its media head ([某某时报综合报道] names 某某时报). */
function withoutAfterWord(name: string): string {
  const m = AFTER_OUTLET.exec(name);
  const rest = m ? name.slice(0, m.index) : name;
  return m && MEDIA_HEADS.some((h) => rest.endsWith(h)) ? rest : name;
}

/** A bare name before an app or account (据某某发布客户端消息) must be an outlet's: end with 发布 or a media
 * head (蚌埠发布, 某某晨报); a company's or a government's account (据公司官方微博消息) names no outlet. */
const bareOutlet = (name: string): boolean =>
  name.endsWith("发布") || MEDIA_HEADS.some((h) => name.endsWith(h) && name.length > h.length);

/** The name before a place of filing that closes the run (某某财经|上海, 某某社|北京), or the run itself when
 * no place closes it or the place leaves under two characters before it (看|中国). */
function beforeFilingPlace(run: string, n: Names): string {
  const last = n.placesIn(run).at(-1);
  if (!last || last.end !== run.length) return run;
  return last.start < 2 ? run : run.slice(0, last.start);
}

/** A name ending with a media head (某某网, 某某社): nothing follows the head. */
const mediaEnd = (name: string): boolean => MEDIA_HEADS.some((h) => name.endsWith(h));
/** A channel's or a column's word (media.json channelWords: 新闻, 频道) ends no bracketed outlet's name alone
 * ([图片新闻] is a column). */
const CHANNEL_WORDS = readLexicon<{ channelWords: string[] }>("media.json").channelWords;
/** A bracketed name that reads as an outlet's: a media head ends it, not a channel's word. */
const outletEnd = (name: string): boolean => mediaEnd(name) && !CHANNEL_WORDS.some((w) => name.endsWith(w));

/** Whether a bracketed name's byline ([某某](某某日报记者) names an outlet before its reporter's title: a media
 * head right before the title. */
function bylineOutlet(matched: string): boolean {
  const open = Math.max(matched.lastIndexOf("("), matched.lastIndexOf("（"));
  if (open < 0) return false;
  const byline = matched.slice(open + 1);
  const title = REPORTER_TITLES.find((t) => byline.endsWith(t)) ?? "";
  const before = byline.slice(0, byline.length - title.length);
  return MEDIA_HEADS.some((h) => before.endsWith(h));
}

/** A name holding a media head after two characters (某某网, 某某网某省频道) is media-outlets' to read. */
const hasMediaHead = (name: string): boolean => MEDIA_HEADS.some((h) => name.indexOf(h) >= 2);

/** The span of the outlet named by a bracketed dateline or label opening a passage, if any. */
function bracketOutlet(norm: string, n: Names): [number, number] | null {
  const bracket = BRACKET.exec(norm);
  const outlet = bracket?.[1] ? withoutAfterWord(beforeFilingPlace(bracket[1], n)) : null;
  if (!bracket || !outlet) return null;
  // a column's name ending in its cue ([区域快讯]: 区域快 + 讯) is no outlet's
  if (NOT_OUTLET_END.test(`${bracket[1]}${bracket[2] ?? ""}`)) return null;
  const bylineOnly = !/[\]】〕]$/.test(bracket[0]);
  // a bracketed name with no cue and no byline (〔某某〕) is an outlet's only when it ends with a media head
  if (!bylineOnly && bracket[2] === undefined && !outletEnd(outlet)) return null;
  if (bylineOnly) {
    // a bracketed name before a byline ([某某](某某记者 某某)) is an outlet's when the byline repeats it,
    // unless led by a place (【某市某区】(某市某区记者 某某)) and not reading as an outlet's (发布, a media head);
    // or when a media head ends it ([某某网](记者 某某)) and the byline names no outlet of the reporter's own
    // ([某某网](某某日报记者 某某): the bracket is that outlet's channel)
    const repeated = bracket[0].indexOf(outlet) !== bracket[0].lastIndexOf(outlet);
    const placeLed = n.startsWithPlace(outlet) !== null && !bareOutlet(outlet);
    const headed = outletEnd(outlet) && !bylineOutlet(bracket[0]);
    if (!(repeated && !placeLed) && !headed) return null;
  }
  const cs = norm.indexOf(outlet, bracket.index);
  return [cs, cs + outlet.length];
}

/** The span of the outlet named by a dateline opening a passage (name, place of filing, date), if any: with a
 * byline, a name holding a media head (某某网某省频道) is media-outlets' to read; with none, a media head must end
 * the name. */
function lineOutlet(norm: string, n: Names): [number, number] | null {
  const bylined = LINE_DATELINE.exec(norm);
  const line = bylined ?? HEADED_DATELINE.exec(norm);
  const lead = line?.[1] ? beforeFilingPlace(line[1], n) : null;
  if (!line || !lead || lead === line[1]) return null;
  if (bylined ? hasMediaHead(lead) : !outletEnd(lead)) return null;
  const cs = norm.indexOf(lead, line.index);
  return [cs, cs + lead.length];
}

/**
 * News outlets named by the shape of a byline rather than by a media head (media-outlets.ts needs one):
 * a bracketed dateline opening a passage ([某某8月31日报导], [某某](记者 某某)), a passage-opening dateline with
 * its place and a reporter's byline (某某财经上海3月15日电(记者 某某)), an outlet's app or account before a cue
 * (某某发布客户端讯, 据“某某晚报”公众号消息: the name before the app), and a credit in brackets closing a
 * paragraph whose name ends with a media head ((某某社) after 。 or 摄). Catalogued outlets resolve.
 */
export const datelineOutlets: EntityRule = {
  name: "dateline-outlets",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    const found: [number, number][] = [];
    const bracket = bracketOutlet(norm, n);
    if (bracket) found.push(bracket);
    const line = lineOutlet(norm, n);
    if (line) found.push(line);
    for (const m of norm.matchAll(CHANNEL)) {
      const end = m.index ?? 0;
      let cs = hanRunBefore(norm, end, 10);
      // a quoted name (“某某晚报”公众号) runs from its opening mark; a bare one may follow 据
      if (/[”"]/.test(m[0][0] ?? "")) {
        if (!/[“"]/.test(norm[cs - 1] ?? "")) continue;
      } else {
        if (norm[cs] === "据") cs++;
        if (!bareOutlet(norm.slice(cs, end))) continue;
      }
      found.push([cs, end]);
    }
    for (const m of norm.matchAll(CLOSING)) {
      const name = (m[1] ?? "").replace(SOURCE_LABEL, "");
      if (!MEDIA_HEADS.some((h) => name.endsWith(h) && name.length >= h.length + 2)) continue;
      const cs = (m.index ?? 0) + m[0].indexOf(name);
      found.push([cs, cs + name.length]);
    }
    for (const [cs, ce] of found) {
      const name = norm.slice(cs, ce);
      if (!outletName(name, n)) continue;
      add({ id: n.resolveOrRegister("Organization", name), cs, ce, method: "pattern" });
    }
  },
};
