import { charClass, readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Candidate, EntityRule } from "./types";

const lex = readLexicon<{
  titles: string[];
  heads: string[];
  mergedHeads: string[];
  notAfter: string[];
  fieldStops: string;
  deictic: string;
}>("titled-bodies.json");
const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
/** An officer's title with its optional deputy mark, then no word the title only opens (部长级, 会长期). */
const TITLE = new RegExp(
  `(?:常务副|副)?(?:${longestFirst(lex.titles).join("|")})(?!${longestFirst(lex.notAfter).join("|")})`,
  "g",
);
const HEAD = new RegExp(`(?:${longestFirst(lex.heads).join("|")})$`);
const MERGED = new Set(lex.mergedHeads);
const FIELD_STOP = charClass(lex.fieldStops);
const DEICTIC = new RegExp(`^[${lex.deictic}]`);
/** Names other rules give to a place's port, zone or corridor (某省(某市)国际陆港, 新亚欧大陆桥): a chain they
 * cover is theirs, not a body's opening. */
const COVERING = /^(DevZone|Area|FreeTradeZone|Port|Corridor):/;
const PLACE = /^(Province|City|Country):/;
/** What may link two places of one name: a dash (某国—中国商会) or a bracket (某省(某市)国际陆港). */
const LINK = /^[—–\-·]?$/;
/** Bodies other rules name (zones, ports, organisations): a field holding one belongs to that rule. */
const OWNED = /^(DevZone|Area|FreeTradeZone|Port|Organization|Corridor):/;
/** A conjunction inside a field is the name's own (商务及经济发展局) unless a place follows it (a list). */
const CONJ = /[与及和]/g;
const MAX_FIELD = 12;

/** The places written back to back (or linked by a dash or a bracket) ending at `end`, first one first. */
function placeChain(cands: readonly Candidate[], norm: string, end: number): Candidate[] {
  const out: Candidate[] = [];
  let at = end;
  while (out.length < 3) {
    const p = cands.find((c) => PLACE.test(c.id) && c.ce <= at && at - c.ce <= 1 && c.cs < c.ce);
    if (!p) break;
    const gap = norm.slice(p.ce, at);
    if (!LINK.test(gap) && !/^[)）]$/.test(gap)) break;
    out.unshift(p);
    at = /^[(（]$/.test(norm[p.cs - 1] ?? "") ? p.cs - 1 : p.cs;
  }
  return out;
}

/**
 * The places opening a body whose head starts at `hs`: the nearest chain before the head; for a branch's
 * head (分站, 分中心) right after a place, the chain before the body the branch belongs to (某省某站某地分站).
 */
function opening(
  cands: readonly Candidate[],
  norm: string,
  hs: number,
  branch: boolean,
): { chain: Candidate[]; fs: number; branch: boolean } | null {
  let skipped = false;
  for (let fs = hs; fs >= hs - MAX_FIELD; fs--) {
    const chain = placeChain(cands, norm, fs);
    if (chain.length === 0) continue;
    if (!(branch && fs === hs) || skipped) return { chain, fs, branch: skipped };
    skipped = true;
    fs = chain[0]?.cs ?? fs;
  }
  return null;
}

/** The field between the places and the head: Han words with no stop, no list, no place, no other rule's name. */
function fieldOk(
  norm: string,
  n: Names,
  cands: readonly Candidate[],
  open: { fs: number; branch: boolean },
  hs: number,
): boolean {
  const field = norm.slice(open.fs, hs);
  if (FIELD_STOP.test(field) || /[^\u4e00-\u9fff]/.test(field)) return false;
  if ([...field.matchAll(CONJ)].some((c) => n.startsWithPlace(field.slice((c.index ?? 0) + 1)))) return false;
  if (!open.branch && n.placesIn(field).length > 0 && !/[与及和]/.test(field)) return false;
  return !cands.some((o) => o.cs >= open.fs && o.cs < hs && OWNED.test(o.id));
}

/** A district's body already read (某区政务服务局) right after its city: the city opens the name (某市某区…局). */
function districtBody(
  norm: string,
  cands: readonly Candidate[],
  n: Names,
  fs: number,
  ce: number,
  last: Candidate,
): boolean {
  if (!last.id.startsWith("City:")) return false;
  return cands.some(
    (o) =>
      o.id.startsWith("Organization:") &&
      o.cs === fs &&
      o.ce === ce &&
      n.startsWithPlace(norm.slice(o.cs, o.ce)),
  );
}

/** The body's end before a title at `at`: the title's first character when it is the head written once. */
function headEnd(norm: string, at: number, title: string): number {
  const bare = title.replace(/^(常务副|副)/, "");
  return MERGED.has(bare) && title === bare && !norm.endsWith(bare[0] ?? "", at) ? at + 1 : at;
}

/**
 * Bodies named in an officer's title: a place (or places linked by a dash or a bracket) opens the name,
 * a field of up to twelve characters and a body's head close it, and an officer's title follows
 * (某市港口管理局局长某某, 某市港口管理局长某某, 某地律师会会长某某, 某国—中国商会会长). The title before a
 * person tells the words before it name a body, so the place may follow any word (出席者包括某市…局长).
 * A field holding a party committee, a second title, a clause word, a zone or body of another rule, or a
 * conjunction before a place (a list) gives no body.
 */
export const titledBodies: EntityRule = {
  name: "titled-bodies",
  type: "Organization",
  priority: 1,
  find({ norm, clean, n, cands, add }) {
    if (!norm.includes("长") && !norm.includes("主任") && !norm.includes("总裁")) return;
    for (const m of norm.matchAll(TITLE)) {
      const at = m.index ?? 0;
      if (!/[\u4e00-\u9fff、，,]/.test(norm[at + m[0].length] ?? "")) continue;
      const ce = headEnd(norm, at, m[0]);
      const before = norm.slice(Math.max(0, ce - MAX_FIELD - 8), ce);
      const head = HEAD.exec(before)?.[0];
      if (!head) continue;
      const hs = ce - head.length;
      const open = opening(cands, norm, hs, head.startsWith("分"));
      // a country before its city only places the city (希腊某港务局 names 某港务局, as the sets write it)
      const city = open?.chain[0]?.id.startsWith("Country:") && open.chain[1]?.id.startsWith("City:");
      const chain = (city ? open?.chain.slice(1) : open?.chain) ?? [];
      const first = chain[0];
      const last = chain.at(-1);
      if (!open || !first || !last || DEICTIC.test(norm.slice(first.cs, first.ce))) continue;
      // a place right after a body's head is a unit's field (某市长办公室中国事务部), not the opening of a name
      if (HEAD.test(norm.slice(Math.max(0, first.cs - 5), first.cs))) continue;
      if (cands.some((o) => COVERING.test(o.id) && o.cs <= first.cs && o.ce > last.ce)) continue;
      if (hs - open.fs + head.length < 2) continue;
      if (!districtBody(norm, cands, n, open.fs, ce, last) && !fieldOk(norm, n, cands, open, hs)) continue;
      // the name as the normalised text writes it, its brackets as the text writes them
      const name = [...norm.slice(first.cs, ce)]
        .map((ch, k) => (/[()（）]/.test(ch) ? (clean?.[first.cs + k] ?? ch) : ch))
        .join("");
      add({
        id: n.resolveOrRegister("Organization", name),
        cs: first.cs,
        ce,
        method: "pattern",
        parts: chain.filter((c) => c.id !== "Country:中国").map((c) => ({ id: c.id, cs: c.cs, ce: c.ce })),
      });
    }
  },
};
