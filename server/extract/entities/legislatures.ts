import { longestAlternatives, readLexicon } from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { EntityRule } from "./types";

const LEGISLATURE_HEADS = readLexicon<{
  heads: string[];
  notAfter: string[];
  systemVerbs: string[];
  notCountries: string[];
}>("legislature-heads.json");

/**
 * A legislature's head right after the country's name (国会, 议会, 参议院, 国家杜马), not running on into a
 * building, a system, a hill, an election or a member (国会大厦, 议会制, 国会山, 议会选举, 国会议员); 制 of a
 * verb (制定, 制裁) keeps the body.
 */
const HEAD = new RegExp(
  `^(?:${longestAlternatives(LEGISLATURE_HEADS.heads)})(?!${longestAlternatives(LEGISLATURE_HEADS.notAfter)}|制(?!${longestAlternatives(LEGISLATURE_HEADS.systemVerbs.map((v) => v.slice(1)))}))`,
);

/** Countries whose own legislature the catalog holds (China's), as Country ids. */
const NOT_COUNTRIES = new Set(LEGISLATURE_HEADS.notCountries.map((c) => `Country:${c}`));

/**
 * Foreign legislatures named after their country (某国国会, 某国议会, 某国参议院): a country mention right
 * before a legislature's head names the body, led by the country's catalog name (a variant spelling
 * such as 馬爾地夫 leads it as 马尔代夫). China's own legislature is catalogued, and a country's word that
 * is no country mention (大国会, 两国议会) gives none.
 */
export const legislatures: EntityRule = {
  name: "legislatures",
  type: "Organization",
  priority: 1,
  find(ctx) {
    const { norm, cands } = ctx;
    for (const c of [...cands]) {
      if (!c.id.startsWith("Country:") || NOT_COUNTRIES.has(c.id)) continue;
      const head = HEAD.exec(norm.slice(c.ce, c.ce + 8))?.[0];
      if (head) addLedOrganization(ctx, c, c.ce + head.length);
    }
  },
};
