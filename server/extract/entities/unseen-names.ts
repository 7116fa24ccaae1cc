import type { NodeType } from "../../../contracts/graph";
import { insideWord } from "../inside-words";
import {
  BANK_CLASS_ONLY,
  BUSINESS_LINES,
  COMPANY_CLASS_ONLY,
  COMPANY_END,
  COUNTED_BODIES_BEFORE,
  COUNTED_BODIES_IN,
  COUNTED_PARTIES,
  charClassBody,
  DESCRIPTIVE,
  entityAlt,
  escapeRe,
  FIRM_COUNT,
  GENERIC_MORPHEMES,
  listWords,
  NAME_SUFFIXES,
  OWNERSHIP_ENDS,
  PORT_VERB_END,
  readLexicon,
  STATE_FORMS,
  STRONG_STOPS,
  TRAIN_LEGS,
} from "../lexicon";
import { claimedBase, describedPort, isFramework, portAsObject, portOffice } from "./ports";
import { tagWords, type Word } from "./segmenter";
import type { EntityRule } from "./types";

/** Tags of words that may open an unseen name: place, organisation, other proper noun, abbreviation. */
const PROPER = /^(ns|nt|nz|j|nrt)$/;
/** Company heads after which a word the dictionary does not know is a brand (河钢集团, 冷王公司), also
 * with a business line the segmenter reads with them as one word (中安芯界控股集团, 某某投资集团:
 * data/lexicon/name-heads.json businessLines). */
const COMPANY_HEAD = new RegExp(`^(${BUSINESS_LINES})?(${entityAlt("unseenCompanyHeads")})$`);
/** A list of single characters of entity-words.json, as the inside of a regex character class. */
const chars = (name: string) => charClassBody(listWords("entity-words.json", name).join(""));
/** Prepositions and conjunctions jieba may glue onto a brand after them (由澜拓, 与某某: entity-words.json unseenGluedWords). */
const GLUED = chars("unseenGluedWords");
/** A brand: two to four Han characters jieba does not know (x), after an optional preposition or
 * conjunction it glued on (由澜拓/x 公司: the brand is 澜拓), holding no determiner or function word. */
const BRAND = new RegExp(`^([${GLUED}])?((?:(?![${chars("unseenBrandStops")}])[\\u4e00-\\u9fff]){2,4})$`);
/** A brand that still opens with such a word (由由…): none. */
const GLUED_START = new RegExp(`^[${GLUED}]`);
/** A word of ownership or control (省管, 央属, 市办, 国营: name-heads.json ownershipEnds): no brand. */
const OWNERSHIP = new RegExp(`[${OWNERSHIP_ENDS}]$`);

/** A count of firms (两大集团, 三大公司): no brand. */
const COUNTED = new RegExp(`^${FIRM_COUNT}`);

/** Where a brand starts inside an unknown word before a company head, or -1 when it is none. */
function brandStart(w: Word): number {
  const b = w.tag === "x" ? BRAND.exec(w.word) : null;
  if (!b || GLUED_START.test(b[2] ?? "") || OWNERSHIP.test(b[2] ?? "") || COUNTED.test(b[2] ?? "")) return -1;
  return w.start + (b[1]?.length ?? 0);
}

const HAN = /^[\u4e00-\u9fff]+$/;
/**
 * A leg of a train's run (lexicon.ts TRAIN_LEGS: 回程, 去程, 过境) or a direction or trial of trains (测试, 线路, 方向:
 * entity-words.json unseenTrainDirections).
 */
const LEG_OR_DIRECTION = new RegExp(
  `(${[...TRAIN_LEGS, ...listWords("entity-words.json", "unseenTrainDirections")].join("|")})$`,
);
/** Any head: a passage without one has no unseen name, and is not segmented (the segmenter is costly). */
const ANY_HEAD = new RegExp(NAME_SUFFIXES.map(([h]) => escapeRe(h)).join("|"));

/** NAME_SUFFIXES by the code of their last character, in their order (a word tries only those it may end with). */
const HEADS_BY_LAST = new Map<number, [string, NodeType][]>();
for (const [head, type] of NAME_SUFFIXES) {
  const last = head.charCodeAt(head.length - 1);
  HEADS_BY_LAST.set(last, [...(HEADS_BY_LAST.get(last) ?? []), [head, type]]);
}

/** The type a name head gives, the longest head first (data/lexicon/name-suffixes.json). */
function headOf(word: string): { type: NodeType; head: string } | null {
  for (const [head, type] of HEADS_BY_LAST.get(word.charCodeAt(word.length - 1)) ?? [])
    if (word.endsWith(head)) return { type, head };
  return null;
}

/** Business nouns that may bridge a company's proper opening and its place (company-openings.json). */
const BRIDGES = new Set(readLexicon<{ bridges: string[] }>("company-openings.json").bridges);
/** Tags of proper words that open a company's name before a bridge word (中航/j, 华远/nz). */
const OPENING = /^(j|nz|nt)$/;

/**
 * The start of a company's name when the run stopped at a plain or unknown word right after a proper
 * word that opens the run (中航/j 国际/n 珠海/ns 公司, 华远/nz 陆港/x 国际联运/nt 公司): that proper word,
 * not the place or brand after it, opens the name. `j` is the first word kept; null when no such opening.
 */
function properOpening(words: Word[], j: number): number | null {
  const bridge = words[j - 1];
  const open = words[j - 2];
  if (!bridge || !open || !HAN.test(bridge.word) || !HAN.test(open.word)) return null;
  const bridges = bridge.tag === "x" || (bridge.tag === "n" && BRIDGES.has(bridge.word));
  if (!bridges || bridge.word.length < 2 || !OPENING.test(open.tag) || open.word.length < 2) return null;
  // the proper word opens the run of Han text or follows a function word or verb (携手, 与, 由)
  const before = words[j - 3];
  if (before && HAN.test(before.word) && /^(n|nr|ns|nt|nz|j|x|vn|an|b)$/.test(before.tag)) return null;
  return open.start;
}

/** Heads of schools, and the standing (state, private, public…) the language writes before a school's name. */
const SCHOOL_END = new RegExp(`(?:${entityAlt("unseenSchoolHeads")})$`);
const STANDING = new RegExp(
  `^(?:${readLexicon<{ standings: string[] }>("school-standings.json").standings.join("|")})$`,
);

/** An unseen name ending at word i: proper-noun words, at most one plain noun, then a head. */
function nameEndingAt(words: Word[], i: number): { start: number; end: number; type: NodeType } | null {
  const w = words[i];
  const h = w ? headOf(w.word) : null;
  if (!w || !h) return null;
  let j = i;
  let proper = PROPER.test(w.tag) && w.word.length > h.head.length;
  const company = COMPANY_HEAD.test(w.word);
  let plain = 0;
  let brandAt = -1;
  while (j > 0) {
    const p = words[j - 1];
    if (!p || !HAN.test(p.word)) break;
    if (PROPER.test(p.tag)) proper = true;
    else if (p.tag === "n" && plain === 0 && proper === false) plain++;
    else {
      // a brand right before 集团 or 公司 opens the name: the run stops there
      if (company && j === i) brandAt = brandStart(p);
      if (brandAt >= 0) proper = true;
      break;
    }
    j--;
  }
  let start = brandAt >= 0 ? brandAt : (words[j]?.start ?? w.start);
  if ((company || w.word === "分公司") && proper) start = properOpening(words, j) ?? start;
  // a business line and its head alone (控股集团, 投资公司) name no company
  if (company && start === w.start && w.word.length > h.head.length) return null;
  if (!proper || w.end - start > 14 || w.end - start <= h.head.length) return null;
  return { start, end: w.end, type: h.type };
}

/**
 * A sector or a railway written inside a company's name before 集团 or 公司 (欧华国际物流集团,
 * 青藏铁路公司): the company's business line, no mention of its own.
 */
function businessLines(
  inside: readonly { id: string; cs: number; ce: number }[],
  found: { start: number; end: number; type: NodeType },
) {
  if (found.type !== "Organization") return [];
  return inside.filter((c) => c.cs >= found.start && c.ce < found.end && /^(Industry|Corridor):/.test(c.id));
}

/**
 * A port word that names no port: a province's or a country's ports taken together (甘肃口岸), or 港
 * as the object of a verb after a place (龙井市借港出海).
 */
function collectivePort(
  base: string,
  start: number,
  places: readonly { id: string; cs: number; ce: number }[],
) {
  const lead = places.find((c) => c.cs === start);
  if (!lead) return false;
  if (lead.ce === start + base.length && /^(Province|Country):/.test(lead.id)) return true;
  return PORT_VERB_END.test(base) && start + base.length - lead.ce <= 2;
}

/**
 * Where a port's or a park's own name starts when a foreign country (and its formal state word) leads it
 * (柬埔寨王国西哈努克港 → 西哈努克港, 越南某某工业园 → 某某工业园), as the port rule drops a leading country;
 * else the found start. 中国 stays (中国某某产业园 is the park's name). The mention keeps the country as its part.
 */
function ownStart(norm: string, start: number, places: readonly { id: string; cs: number; ce: number }[]) {
  const lead = places.find((c) => c.cs === start && c.id.startsWith("Country:") && c.id !== "Country:中国");
  if (!lead) return start;
  return lead.ce + (STATE_FORMS.find((f) => norm.startsWith(f, lead.ce))?.length ?? 0);
}

/**
 * Candidates for unseen names from the segmenter: place (ns), organisation (nt) and proper-noun (nz)
 * words combined with the heads of names (…集团, …委员会, …秘书处, …口岸, …片区, …班列), and long
 * organisation words (中国国际贸易促进委员会). Lowest priority: catalog and pattern names win overlaps.
 */
export const unseenNames: EntityRule = {
  name: "unseen-names",
  type: "any",
  priority: -1,
  find({ norm, n, add, cands }) {
    // every name ends with a head word, and a head word holds a head
    if (!ANY_HEAD.test(norm)) return;
    const words = tagWords(norm, n.cat);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      const found =
        nameEndingAt(words, i) ??
        (w.tag === "nt" && w.word.length >= 5 && headOf(w.word)?.type === "Organization"
          ? { start: w.start, end: w.end, type: "Organization" as NodeType }
          : null);
      if (!found) continue;
      // 国立马来亚大学, 私立拉曼大学: a school's public or private standing written before it opens its name
      if (
        SCHOOL_END.test(norm.slice(found.start, found.end)) &&
        STANDING.test(norm.slice(found.start - 2, found.start))
      )
        found.start -= 2;
      // only where no catalog or pattern name was found (they know better where a name starts);
      // places inside the name become its parts (中国国际贸易促进委员会, 东盟秘书处)
      const inside = cands.filter((c) => c.cs < found.end && found.start < c.ce);
      const placeParts = inside.filter(
        (c) => c.cs >= found.start && c.ce <= found.end && /^(Country|Province|City):/.test(c.id),
      );
      const lines = businessLines(inside, found);
      if (placeParts.length + lines.length !== inside.length) continue;
      // a business line follows a company's brand or place, never opens its name (国际物流股份公司)
      if (lines.some((c) => c.cs === found.start && c.id.startsWith("Industry:"))) continue;
      // 柬埔寨王国西哈努克港: the port's own name follows the country and its state word (kept as a part)
      const own = /^(Port|DevZone)$/.test(found.type) ? ownStart(norm, found.start, placeParts) : found.start;
      const name = norm.slice(own, found.end);
      // 某某航运有限公司广州分公司: a name right after a company's head continues that company's name,
      // unless that company is a mention of its own ending there (中远海运集团上海分公司: the branch stays)
      if (
        found.type === "Organization" &&
        COMPANY_END.test(norm.slice(Math.max(0, found.start - 2), found.start)) &&
        !cands.some((c) => c.ce === found.start && c.id.startsWith("Organization:"))
      )
        continue;
      const base = name.slice(0, name.length - (headOf(name)?.head.length ?? 0));
      if (base.length < 2 || DESCRIPTIVE.test(name) || COUNTED_PARTIES.test(name)) continue;
      if (
        COUNTED_BODIES_IN.test(name) ||
        COUNTED_BODIES_BEFORE.test(norm.slice(Math.max(0, found.start - 8), found.start))
      )
        continue;
      if (found.type !== "Organization" && GENERIC_MORPHEMES.test(base)) continue;
      // 中亚回程班列, 中亚过境班列, 美东线路班列: a direction or leg of trains, not a service's name
      if (found.type === "Corridor" && LEG_OR_DIRECTION.test(base)) continue;
      // (the base is the own name's: 秘鲁共和国钱凯港 is no country's ports taken together)
      if (found.type === "Port" && collectivePort(base, own, placeParts)) continue;
      if (found.type === "Port" && name === `${base}港` && portAsObject(base)) continue;
      if (found.type === "Port" && describedPort(norm, own, base)) continue;
      if (found.type === "Port" && (isFramework(base) || claimedBase(base))) continue;
      // 商务厅口岸办相关负责人: 口岸 opens a body's port office (ports.ts portOffice), no port
      if (found.type === "Port" && name.endsWith("口岸") && portOffice(norm, found.end - 2)) continue;
      if (STRONG_STOPS.some((w) => w.length > 1 && name.includes(w)) || n.cat.resolve(name)) continue;
      if (insideWord(norm, found.start, found.end)) continue;
      // 欧洲银行, 中亚企业协会: a world region and a head describe a kind of body, they name none
      const region = n.cat.get(n.cat.resolve(base, ["Country"]) ?? "");
      if (region && /^(region|continent)$/.test(String(region.properties.kind))) continue;
      // 外资银行, 商业银行 (of 农村商业银行苏州支行): words that class or count banks name no bank
      if (found.type === "Organization" && BANK_CLASS_ONLY.exec(name)?.[0] === name) continue;
      // 上市公司, 外资集团: words that class firms name no firm
      if (found.type === "Organization" && COMPANY_CLASS_ONLY.test(name)) continue;
      const parts = placeParts.map((c) => ({ id: c.id, cs: c.cs, ce: c.ce }));
      add({
        id: n.resolveOrRegister(found.type, name),
        cs: found.start,
        ce: found.end,
        method: "pattern",
        parts,
      });
    }
  },
};
