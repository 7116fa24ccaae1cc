import {
  CLAUSE_TIMES,
  CONJUNCTION_CHARS,
  entityAlt,
  longestAlternatives,
  NAME_FUNCTION_CHARS,
  NAME_OPENER_CHARS,
  readLexicon,
  SERVICE_BRAND_ENDS,
  SERVICE_BRAND_NOT_AFTER,
  trigger,
  triggerWords,
} from "../lexicon";
import { addRoute, asWritten, gazetteerCity } from "./corridor-stops";
import type { Names, Span } from "./names";
import type { EntityContext, EntityRule } from "./types";

/**
 * The kind of service or corridor that closes a chain of stops; a line (航线, 快线) only with a word of sea
 * carriage before it (triggers.json "seaLineWords": “甲—乙”集装箱航线, “甲—乙”海运航线) and only after a quoted
 * chain (addChain): a bare 航线 or one flown (甲—乙直飞航线, 全货机航线) names no corridor.
 */
const SEA_LINE_KIND = `(?:${trigger("seaLineWords").source})(?:直航)?(?:${entityAlt("routeSeaLineHeads")})`;
const KIND = new RegExp(`(?:国际)?(?:${entityAlt("routeCorridorKinds")}|${SEA_LINE_KIND})(?!式)`, "g");
/** A kind word that is a sea line (triggers.json "seaLineWords", then 航线 or 快线, at the end of the kind read). */
const SEA_LINE = new RegExp(`${SEA_LINE_KIND}$`);
/** Stops joined by dashes, the last one right before the kind (a closing quote may stand between). */
const CHAIN = /((?:[\u4e00-\u9fff]{2,8}[-─])+[\u4e00-\u9fff]{2,6})[」”"’』]?$/;

/** A stop: a known place, or a city of the foreign gazetteer (registered as a City with no province). */
function stop(n: Names, s: string): string | null {
  return n.cat.places.get(s) ?? gazetteerCity(n, s);
}

/**
 * A quoted chain closed by a multimodal line word (“甲—乙—丙”海铁联运线路, “甲—乙”江海直达航线): the
 * quote names the line (data/lexicon/triggers.json "quotedLineMode": sea-rail, river-sea, road-rail
 * modes, never air), the mode and the line word only say what it is.
 */
const QUOTED_LINE = new RegExp(
  `[”"’](?=(?:国际)?(?:${trigger("quotedLineMode").source})(?:${entityAlt("routeQuotedLineHeads")}))`,
  "g",
);

/**
 * A quoted chain closed by a short word of the cargo or kind and a train word (“甲—乙—丙”粮油班列,
 * “甲—乙”冷链专列): the quote names the line as above. A 专列 is often a passenger or special train
 * (返岗专列, 学生专列), so before it the word must be freight (triggers.json "quotedLineFreight": 货运,
 * 冷链, 集装箱, goods nouns). Before either train word it must be no kind of passenger or charity train
 * (document-aliases.json brandNotAfter: 旅游, 客运, 扶贫…) nor an air or mode word (triggers.json
 * "quotedLineNotCargo": air routes get no Corridor, modes are read by QUOTED_LINE above, which keeps only
 * its own). Never a brand (“甲—乙”长安号班列: brandEnds) nor a catalogued service written after the
 * quote (“甲—乙”中欧班列 is that service's run).
 */
const QUOTED_CARGO_LINE = new RegExp(
  `[」”"’](?=([\\u4e00-\\u9fff]{1,10}?)(${entityAlt("routeCargoTrains")}))`,
  "g",
);
const NOT_CARGO = [...SERVICE_BRAND_NOT_AFTER, ...triggerWords("quotedLineNotCargo")];
const FREIGHT = trigger("quotedLineFreight");
/**
 * A quoted chain closed right after its quote by a word of data/lexicon/train-legs.json "quotedRouteAfter" (a
 * line, a run both ways, the China-Europe service running it: “甲—乙”线路, “甲—乙”双向对开, “甲—乙”中欧班列):
 * the quote names the route, the word after it only what it is or does. Quoted chains written one after the
 * other before the word (“甲—乙”“甲—丙”线路) share it.
 */
const QUOTED_ROUTE_AFTER = new RegExp(
  `[」”"’](?=${longestAlternatives(readLexicon<{ quotedRouteAfter: { words: string[] } }>("train-legs.json").quotedRouteAfter.words)})`,
  "g",
);
/** A closing quote right before an opening one: chains written one after the other. */
const ADJACENT_QUOTES = /[」”"’][“"「‘]$/;

/** Parts of the mode words (联运, 直达): a cheap test before the quoted-line scan. */
const MODE_CUE = new RegExp(entityAlt("routeModeCues"));
/** Rail modes that a freight word written with them outweighs (高铁货运专列, 动车快运 goods: still freight). */
const RAIL_MODES = new Set(["高铁", "动车"]);

/**
 * A longer run of words between the quote and the train word (“甲—乙”欧亚回程货运班列, “甲—乙”公铁联运跨境
 * 货运班列): up to ten characters that END in a freight word with at most two characters after it
 * (集装箱过境) and at most four before it (LONG_RUN), a multimodal mode at its start allowed (it only says how the
 * line runs). None of it is a function character (function-words.json inName, openers, conjunctions) or a verb
 * character of a clause (triggers.json "longRunNotChars": “甲—乙”线路上的货运班列 is no name), a run
 * verb, a direction verb (triggers.json "longRunNotWords": 新增, 发送, 前往…), a time word (function-words.json
 * clauseTimes) or a noun of people (triggers.json "personHeads", "peopleGroups", "routeTravellers": 员工, 嘉宾 trains carry
 * people).
 */
const LONG_CARGO_WORDS = 4;
const NOT_IN_LONG = new RegExp(
  `[${NAME_FUNCTION_CHARS}${NAME_OPENER_CHARS}${CONJUNCTION_CHARS}${triggerWords("longRunNotChars").join("")}]`,
);
const NOT_WORDS_IN_LONG = new RegExp(
  `${trigger("longRunNotWords").source}|${CLAUSE_TIMES}|${trigger("personHeads").source}|${trigger("peopleGroups").source}|${trigger("routeTravellers").source}`,
);
const LONG_RUN = new RegExp(`^[\u4e00-\u9fff]{0,4}?(?:${FREIGHT.source})[\u4e00-\u9fff]{0,2}$`);
const LEADING_MODE = new RegExp(`^(?:国际)?(?:${trigger("quotedLineMode").source})`);
/** A network or railway the line runs on, written before its freight words (中欧铁路国际货运, 新亚欧大陆桥集装箱). */
const LEADING_NETWORK = new RegExp(`^(?:${trigger("longRunNetworkPrefix").source})+`);

/**
 * Whether a long run `mod` (mode stripped) is a run of freight words (LONG_RUN and its bans), a network or
 * railway before them allowed (LEADING_NETWORK; the bans still read the whole run).
 */
function longFreightRun(mod: string): boolean {
  if (NOT_IN_LONG.test(mod) || NOT_WORDS_IN_LONG.test(mod)) return false;
  return LONG_RUN.test(mod) || LONG_RUN.test(mod.replace(LEADING_NETWORK, ""));
}

/**
 * Whether the word `w` of passenger, charity or relief trains vetoes the run `mod` (`freight`: it holds one).
 * A relief word vetoes even before a freight word: 抗疫物资货运专列, 赈灾集装箱班列 are one-off trains.
 */
function vetoes(w: string, mod: string, freight: boolean): boolean {
  if (!mod.includes(w)) return false;
  return !(freight && RAIL_MODES.has(w));
}

/** Whether the word `mod` between a quoted chain and its train word `kind` allows reading the chain. */
function cargoWord(n: Names, mod0: string, kind: string): boolean {
  let mod = mod0;
  if (mod.length > LONG_CARGO_WORDS) {
    mod = mod.replace(LEADING_MODE, "");
    if (!longFreightRun(mod)) return false;
  }
  const freight = FREIGHT.test(mod);
  if (NOT_CARGO.some((w) => vetoes(w, mod, freight))) return false;
  if (kind === "专列" && !freight) return false;
  if (SERVICE_BRAND_ENDS.some((e) => mod.endsWith(e))) return false;
  // (a catalogued service closing the words: “甲—乙”中欧班列, “甲—乙”等中欧班列 are that service's lines)
  for (let i = 0; i < mod.length; i++)
    if ((n.cat.surfaces.get(`${mod.slice(i)}${kind}`) ?? []).some((id) => id.startsWith("Corridor:")))
      return false;
  return true;
}

/** An opening quote right before a chain (its first stop then runs from the quote). */
const QUOTE_OPEN = /[“"「『‘]$/;

/** Every stop a known place, the first the longest place ending its run (开通了甲市-乙市 → 甲市). */
function knownStops(n: Names, items: string[]): [{ id: string; name: string }, (string | null)[]] | null {
  const first = firstStop(n, items[0] ?? "");
  const rest = items.slice(1).map((s) => stop(n, s));
  return first && rest.every(Boolean) ? [first, rest] : null;
}

/**
 * A quoted chain names its route as written even when some stops are places the catalog and the gazetteer
 * do not hold (“甲市—某某镇”线路): the known ones are its parts (a port found by the port rules among them:
 * portAt); at least one stop must be known.
 */
function quotedStops(n: Names, items: string[]): [{ id: string; name: string }, (string | null)[]] | null {
  const ids = items.map((s) => stop(n, s));
  if (!ids.some(Boolean)) return null;
  return [{ id: ids[0] ?? "", name: items[0] ?? "" }, ids.slice(1)];
}

/** A port the port rules found spanning exactly cs..ce (“甲港—乙市”: the port is a stop of the quoted route). */
function portAt(ctx: EntityContext, cs: number, ce: number): string | null {
  return ctx.cands.find((c) => c.id.startsWith("Port:") && c.cs === cs && c.ce === ce)?.id ?? null;
}

/** The first stop: the longest known place ending the run before the first dash (开通了连云港 → 连云港). */
function firstStop(n: Names, s: string): { id: string; name: string } | null {
  for (let i = 0; i <= s.length - 2; i++) {
    const id = stop(n, s.slice(i));
    if (id) return { id, name: s.slice(i) };
  }
  return null;
}

/**
 * Routes named by their stops joined by dashes: 连云港-哈萨克斯坦-欧洲班列, 「昆明─老街─河内」经济走廊.
 * Every stop is a known place or a city of the foreign gazetteer (data/lexicon/foreign-cities.json);
 * the stops are the route's parts (and mentions). The name keeps the stops and dashes as written, and
 * the kind word, except for a line name in quotes: Chinese quotes a train line's own name and writes its
 * kind after the quote (“甲-乙-丙”班列 names the line 甲-乙-丙; 甲-乙-丙班列 names 甲-乙-丙班列).
 */
export const routeChains: EntityRule = {
  name: "route-chains",
  type: "Corridor",
  priority: 2,
  find(ctx) {
    for (const m of ctx.norm.matchAll(KIND)) readChain(ctx, m.index ?? 0, m[0]);
    for (const m of ctx.norm.matchAll(QUOTED_CARGO_LINE)) {
      const end = (m.index ?? 0) + 1;
      const mod = m[1] ?? "";
      // (the evidence runs to the train word: the quote names the ends, the words after it a train line)
      if (cargoWord(ctx.n, mod, m[2] ?? "")) addChain(ctx, end, "", end + mod.length + 2, true);
    }
    for (const m of ctx.norm.matchAll(QUOTED_ROUTE_AFTER)) {
      let end = (m.index ?? 0) + 1;
      for (let cs = addChain(ctx, end, "", end, true); cs > 1; cs = addChain(ctx, end, "", end, true)) {
        if (!ADJACENT_QUOTES.test(ctx.norm.slice(0, cs))) break;
        end = cs - 1;
      }
    }
    // (a cheap test before the scan: a quoted line needs a closing quote and a mode word)
    if (!MODE_CUE.test(ctx.norm)) return;
    for (const m of ctx.norm.matchAll(QUOTED_LINE)) {
      const end = (m.index ?? 0) + 1;
      addChain(ctx, end, "", end - 1);
    }
  },
};

/**
 * The chain of stops right before the kind word `kind` at k (or before 等 and the kind: 贵港—玉林等铁路),
 * when every stop is a place; then the chains listed before it with 、, which share its kind
 * (玉溪—磨憨、大理—瑞丽铁路 → 玉溪—磨憨铁路 and 大理—瑞丽铁路).
 */
function readChain(ctx: EntityContext, k: number, kind: string): void {
  let cs = addChain(ctx, ctx.norm[k - 1] === "等" ? k - 1 : k, kind, k + kind.length);
  for (;;) {
    // (quoted chains listed step over the quotes: “宁波—釜山”、“青岛—仁川”集装箱航线)
    const sep = cs > 0 ? LISTED.exec(ctx.norm.slice(Math.max(0, cs - 3), cs)) : null;
    if (!sep || !(sep[1] ? sep[2] : !sep[2])) return;
    const at = cs - (sep[2] ?? "").length - 1;
    cs = addChain(ctx, at, kind, at);
  }
}
/** A list mark before a chain: 、, or 、 between a closing and an opening quote. */
const LISTED = /([”"」』]?)、([“"「『]?)$/;

/** The chain of stops ending at `end`, named with `kind` and spanning to `ce`: its start, or -1. */
function addChain(ctx: EntityContext, end: number, kind: string, ce: number, loose = false): number {
  const { norm, n } = ctx;
  const before = norm.slice(Math.max(0, end - 48), end);
  const c = CHAIN.exec(before);
  if (!c) return -1;
  // (a sea line is a corridor only when quoted: an unquoted 甲—乙集装箱航线 is an unnamed line, dash-lines.ts)
  if (SEA_LINE.test(kind) && !/[」”"]$/.test(c[0])) return -1;
  const items = (c[1] ?? "").split(/[-─]/);
  const opened = loose && QUOTE_OPEN.test(before.slice(0, c.index ?? 0));
  const found = opened ? quotedStops(n, items) : knownStops(n, items);
  if (!found) return -1;
  const [first, rest] = found;
  let at = end - before.length + (c.index ?? 0) + (items[0] ?? "").length - first.name.length;
  const cs = at;
  const stops: Span[] = [];
  [first.name, ...items.slice(1)].forEach((s, i) => {
    const id = (i === 0 ? first.id : rest[i - 1]) || (opened ? portAt(ctx, at, at + s.length) : null);
    if (id) stops.push({ id, cs: at, ce: at + s.length });
    at += s.length + 1;
  });
  // a quoted line of China and one country or region (“中国—东盟”海铁联运班列) names the trade it serves,
  // not its stops: no route, its places stay mentions of their own (“中国—老挝—泰国” stays a route)
  // (so is a sea line of any two countries or blocs: “中国—东盟”, “日本—韩国”集装箱航线 is the trade's network)
  const trade = items.length === 2 && stops.length === 2 && stops.every((x) => x.id.startsWith("Country:"));
  if (kind === "" && trade && stops.some((x) => x.id === "Country:中国")) return -1;
  // (and a sea line of a whole province or region and a country or bloc: “广西—东盟”海上快线, the region's trade
  // with it; a municipality is a port city, “上海—日本” stays a line like “青岛—日本”; mend22u)
  const region = (id: string) =>
    id.startsWith("Province:") && n.cat.get(id)?.properties.kind !== "municipality";
  const regional =
    items.length === 2 &&
    stops.length === 2 &&
    stops.some((x) => x.id.startsWith("Country:")) &&
    stops.some((x) => region(x.id));
  if (SEA_LINE.test(kind) && (trade || regional)) return -1;
  // a quoted chain is a train line's own name, 班列 after the quote only says what it is
  // (“甲-乙-丙”班列 → 甲-乙-丙; an unquoted 甲-乙-丙班列 and 「甲─乙─丙」经济走廊 keep their kind)
  const quoted = /[”"]$/.test(c[0]) && /班列$/.test(kind);
  addRoute(ctx, `${asWritten(ctx, cs, at - 1)}${quoted ? "" : kind}`, cs, ce, stops);
  return cs;
}
