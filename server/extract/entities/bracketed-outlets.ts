import { HAN } from "../clauses";
import { longestAlternatives, MEDIA_HEADS, MEDIA_NOT_OUTLETS, readLexicon } from "../lexicon";
import { companyReport } from "./media-outlets";
import type { EntityRule } from "./types";

const MEDIA = readLexicon<{
  titleCues: string[];
  channelWords: string[];
  titleDocuments: string[];
  titleNotNameChars: string;
  titlePassiveTails: string[];
}>("media.json");
/** A document's title rather than an outlet's name (公报, 通报; a company's 年报 but not a 青年报: media-outlets.ts). */
const documentTitle = (name: string): boolean =>
  MEDIA.titleDocuments.some((w) => name.endsWith(w)) || companyReport(name);
/** A particle or conjunction after the title's first character: an article's or a book's title (《论某某与某某网》). */
const NOT_NAME = new RegExp(`^.+[${MEDIA.titleNotNameChars}]`);

/** An outlet's name in title marks, then a cue of its reporting (据《某社》报导, 接受《某报》采访). */
const TITLED = new RegExp(
  `《([^《》]{2,12})》(?!${longestAlternatives(MEDIA.titlePassiveTails)})(?=${longestAlternatives(MEDIA.titleCues)})`,
  "g",
);

/**
 * News outlets written in title marks right before a word of their reporting, interviews or carried texts
 * (据《某社》报导, 接受《某报》采访时说, 在《某网》发表文章): the name, of Han characters, ends with a media head
 * (media.json heads: 社, 网, 报, 时报 …) and is kept as written; a document's title (《某某统计公报》, 《某公司年报》:
 * media.json titleDocuments, reportEnds), an article's title (《论某某与某某》: titleNotNameChars) or a generic source
 * (《互联网》: notOutlets) names no outlet, nor a title that is itself published (发表于, 刊登后: titlePassiveTails). A catalogued body followed by a channel word
 * (《某台新闻》, media.json channelWords) is that body's own channel: the catalog names the body already.
 */
export const bracketedOutlets: EntityRule = {
  name: "bracketed-outlets",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    if (!norm.includes("《")) return;
    for (const m of norm.matchAll(TITLED)) {
      const name = m[1] ?? "";
      if (![...name].every((ch) => HAN.test(ch))) continue;
      if (!MEDIA_HEADS.some((h) => name.endsWith(h) && name.length >= h.length + 2)) continue;
      if (MEDIA_NOT_OUTLETS.has(name) || documentTitle(name) || NOT_NAME.test(name)) continue;
      const channel = MEDIA.channelWords.find((w) => name.endsWith(w));
      if (channel && n.cat.resolve(name.slice(0, -channel.length), ["Organization"])) continue;
      const cs = (m.index ?? 0) + 1;
      add({ id: n.resolveOrRegister("Organization", name), cs, ce: cs + name.length, method: "pattern" });
    }
  },
};
