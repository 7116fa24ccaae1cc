import { hanRunBefore } from "../clauses";
import {
  CATEGORY_COPULAS,
  CITY_ONLY_ZONE_HEADS,
  COUNTED,
  DESCRIPTIVE,
  DEV_ZONE_HEADS,
  GENERIC_MORPHEMES,
  INDUSTRY_VERB,
  readLexicon,
  STRONG_STOPS,
  ZONE_PHRASE_BREAK,
  ZONE_VERB_BETWEEN,
} from "../lexicon";
import type { Names } from "./names";
import { tagWindow } from "./segmenter";
import type { EntityRule } from "./types";

/** The head of a zone's name (data/lexicon/dev-zone-heads.json). */
const HEAD = new RegExp(`(${DEV_ZONE_HEADS.join("|")})`, "g");

/**
 * Between the place and the head: a verb, particle or count (青岛成为了国家级新区, 云南设立三个边境经济合作区,
 * 陕西省首个综合保税区, 广西开展综合保税区评估; a copula of category-heads.json anywhere: 兰州新区成为国家级新区)
 * makes the place the subject or owner of a clause, not the first word of a name.
 */
export const clauseBetween = (mid: string) =>
  COUNTED.test(mid) ||
  ZONE_VERB_BETWEEN.test(mid) ||
  /[了是将把被]/.test(mid) ||
  CATEGORY_COPULAS.some((w) => w.length > 1 && mid.includes(w)) ||
  STRONG_STOPS.some((w) => w.length > 1 && mid.includes(w));

/** A base opened by a verb (推进综合实验区建设) names no zone. */
const VERB_FIRST = new RegExp(`^(?:${INDUSTRY_VERB.source})`);

/**
 * The name a zone gets: a short form 经开区 stays as written (岳阳经开区) unless its full form is already
 * known (catalogued or named earlier in the document); other short forms take their full form (贵阳综保区
 * → 贵阳综合保税区).
 */
function writtenName(n: Names, base: string, head: string, full: string): string {
  if (head !== "经开区") return full;
  const known = n.cat.resolve(full, ["DevZone"]);
  return known?.startsWith("DevZone:") ? full : `${base}${head}`;
}

/** The type of a bonded logistics centre, written in brackets after it: 保税物流中心(B型), 保税物流中心（A型）. */
export const TYPE_TAG = /^[（(]([AB])型[）)]/;

/**
 * The bracketed type that ends an uncatalogued bonded logistics centre's official name (山西方略保税物流中心(B型));
 * the id always writes it with ASCII brackets, whichever brackets (or mix of them) the text uses, so （B型） and
 * (B型) name one centre. A catalogued centre keeps its catalog name (武威保税物流中心). (The real sets' notes
 * disagree on the tag: data/README.md, "mends of review21f".)
 */
function typeTag(n: Names, norm: string, end: number, head: string, name: string): string {
  if (head !== "保税物流中心" || n.cat.resolve(name, ["DevZone"])?.startsWith("DevZone:")) return "";
  const m = TYPE_TAG.exec(norm.slice(end, end + 4));
  return m ? `(${m[1]}型)` : "";
}

/** Heads that close a zone's name opening at no known place (data/lexicon/dev-zone-heads.json). */
const UNSEEN = readLexicon<{ unseenHeads: string[]; shortUnseenHeads: string[]; adjectivalEnds: string[] }>(
  "dev-zone-heads.json",
);
/** A character that starts a clause or a list item: none, a punctuation mark, a space. */
const CLAUSE_OPEN = /^[^\u4e00-\u9fffA-Za-z0-9０-９]?$/;

/** Whether norm[from, end) is one word the segmenter does not know (tagged x): an unseen name. */
const unknownWord = (norm: string, from: number, end: number, n: Names) => {
  const words = tagWindow(norm, from, end, n.cat);
  return words.length === 1 && words[0]?.tag === "x";
};

/**
 * The base of a zone's name that opens at no known place, or undefined: before a distinctive head, two to five
 * characters (洋浦经济开发区); before a bonded zone's or a new area's head, two characters at a clause's start
 * (，某安综合保税区, an unseen word, not 直辖 or 各类: inside a clause, 发挥综合保税区 or 像某江新区, they are a verb's or a determiner's). A base of
 * generic or descriptive words, a verb, a count or an attribute of kind (跨越式) names no zone.
 */
function unseenBase(
  norm: string,
  k: number,
  head: string,
  n: Names,
): { us: number; base: string } | undefined {
  let us: number;
  if (UNSEEN.unseenHeads.includes(head)) us = n.nameStart(norm, k, 6);
  else if (
    k >= 2 &&
    UNSEEN.shortUnseenHeads.includes(head) &&
    CLAUSE_OPEN.test(norm.slice(Math.max(0, k - 3), k - 2))
  )
    us = k - 2;
  else return undefined;
  // before a short head, the two characters are one word the segmenter does not know (直辖, 相关, 各类 it does)
  if (!UNSEEN.unseenHeads.includes(head) && !unknownWord(norm, us, k, n)) return undefined;
  const base = norm.slice(us, k);
  if (
    base.length < 2 ||
    base.length > 5 ||
    !/^[\u4e00-\u9fff]+$/.test(base) ||
    UNSEEN.adjectivalEnds.some((e) => base.endsWith(e)) ||
    GENERIC_MORPHEMES.test(base) ||
    DESCRIPTIVE.test(base) ||
    VERB_FIRST.test(base) ||
    n.quantified(base)
  )
    return undefined;
  return { us, base };
}

/** Adds the zone named by an unseen name before `head` at `k` (洋浦经济开发区, 某疆保税港区), if any. */
function unseenZone(
  norm: string,
  k: number,
  head: string,
  n: Names,
  add: Parameters<EntityRule["find"]>[0]["add"],
) {
  const found = unseenBase(norm, k, head, n);
  if (!found) return;
  const suffix = head === "综保区" ? "综合保税区" : head;
  const uname = `${found.base}${suffix}`;
  const uk = n.cat.resolve(uname, ["DevZone"]);
  add({
    id: uk?.startsWith("DevZone:") ? uk : n.ensure("DevZone", uname),
    cs: found.us,
    ce: k + head.length,
    method: "pattern",
  });
}

/**
 * Development-zone instances named after a place: 兰州新区综合保税区, 贵阳综保区, 武威保税物流中心,
 * 廊坊临空经济区, 西安国际港务区; an unseen name before a distinctive suffix (洋浦经济开发区, 平潭综合实验区,
 * 横琴粤澳深度合作区) or, at a clause's start, before a bonded zone's or a new area's head (某疆保税港区).
 */
export const devZones: EntityRule = {
  name: "dev-zones",
  type: "DevZone",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 12);
      const places = n.placesIn(norm.slice(from, k));
      const last = places[places.length - 1];
      // a bare 开发区 or 工业园区 names a zone after a city only (昆山开发区, 苏州工业园区); after a
      // province it is a class (广西开发区)
      if (CITY_ONLY_ZONE_HEADS.has(m[0]) && !last?.id.startsWith("City:")) continue;
      if (!last) {
        unseenZone(norm, k, m[0], n, add);
        continue;
      }
      // 中哈霍尔果斯国际边境合作中心: the bilateral prefix belongs to the name
      const bi =
        from + last.start >= 2 &&
        norm[from + last.start - 2] === "中" &&
        n.cat.countryAbbr.has(norm[from + last.start - 1] ?? "");
      // 中国喀什跨境电子商务综合试验区: national pilot zones keep a leading 中国
      const cn =
        !bi && m[0] === "综合试验区" && norm.slice(from + last.start - 2, from + last.start) === "中国";
      const cs = from + last.start - (bi || cn ? 2 : 0);
      const base = norm.slice(cs, k);
      // 上海临港新片区洋山特殊综保区: the area is its own name; the dev zone is the catalogued one
      if (base.includes("片区")) continue;
      // 位于马来西亚彭亨州的马中关丹产业园区, 钦州产业园区和马中关丹产业园区: a possessive or a
      // coordination between the place and the head ends the place's phrase; it opens no name
      if (ZONE_PHRASE_BREAK.test(norm.slice(from + last.end, k))) continue;
      if (clauseBetween(norm.slice(from + last.end, k))) continue;
      const suffix = (m[0] === "综保区" ? "综合保税区" : m[0] === "经开区" ? "经济技术开发区" : m[0]) ?? "";
      const name = `${base}${suffix}`;
      // 重庆两江新区, 成都市天府新区: a catalogued dev zone after its place keeps its own name
      const mid = norm.slice(from + last.end, k);
      const rest = mid.length >= 2 ? n.cat.resolve(`${mid}${suffix}`, ["DevZone"]) : undefined;
      const instance = rest ? n.cat.get(rest)?.properties.kind === "instance" : false;
      const own = rest && instance && !bi;
      const tag = own ? "" : typeTag(n, norm, k + m[0].length, m[0], name);
      const id = own ? rest : n.resolveOrRegister("DevZone", writtenName(n, base, m[0], `${name}${tag}`));
      add({
        id,
        cs,
        ce: k + m[0].length + tag.length,
        method: "pattern",
        parts: [{ id: last.id, cs: from + last.start, ce: from + last.end }],
      });
    }
  },
};
