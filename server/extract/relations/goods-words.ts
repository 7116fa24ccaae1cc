import { LIST_MARKS } from "../clauses";
import { alternatives, readLexicon, relationAlt, trigger, triggerWords } from "../lexicon";

/** The words of data/lexicon/origin-goods.json (see its description). */
const WORDS = readLexicon<{
  intoVerbs: string[];
  goodsHeads: string[];
  notGoods: string[];
  intoAdverbs: string[];
  intoWays: string[];
  intoManners: string[];
  stops: string[];
  importVerbsBefore: string[];
  notNegation: string[];
  entryNouns: string[];
  entryQualifiers: string[];
  undecided: string[];
  loadingWords: string[];
}>("origin-goods.json");
const FW = readLexicon<{ clauseTimes: string[]; copulaAdverbs: string[]; negators: string[] }>(
  "function-words.json",
);

/** Verbs of goods going into a market: triggers.json "tradeFlowOut" and origin-goods.json "intoVerbs". */
export const INTO_VERBS: readonly string[] = [...triggerWords("tradeFlowOut"), ...WORDS.intoVerbs];
/** Handling words that load goods where they start (origin-goods.json "loadingWords": 装船, 装车, 集港…). */
export const LOADING_WORDS: readonly string[] = WORDS.loadingWords;
/** People, firms and other things that are no goods (triggers.json lists and origin-goods.json "notGoods"). */
const NOT_GOODS = alternatives([
  ...WORDS.notGoods,
  ...triggerWords("peopleGroups"),
  ...triggerWords("personHeads"),
  ...triggerWords("companyKinds"),
]);
/** A goods noun phrase: items of at most 6 characters with no 的 or clause mark, joined by 、和及与, 等 and a head. */
/* ＃ (WAY_MARK) is no goods character. */
const ITEM = "[^的、和及与等，,；;。：:！？!?＃\\s\\d]{1,6}";
const GOODS_PHRASE = new RegExp(
  `^${ITEM}(?:[${LIST_MARKS}]${ITEM})*(?:等(?:[一二三四五六七八九十多几\\d]+种)?(?:${ITEM})?)?`,
);
const GOODS_END = new RegExp(`(${alternatives(WORDS.goodsHeads).source})$`);
/** What stands for a named corridor in the run before the verb (goodsBeforeVerb's caller writes it). */
export const WAY_MARK = "＃";
/**
 * What may stand between the goods and the verb: adverbs, time words, 经/通过 + a way (a way word after a name of at
 * most four characters: 通过中俄东线管道), 以 + a manner (以优惠的价格).
 */
const GAP = new RegExp(
  `^(?:${[
    ...FW.clauseTimes,
    ...FW.copulaAdverbs,
    ...triggerWords("serialAdverbs"),
    ...WORDS.intoAdverbs,
  ].join(
    "|",
  )}|(?:${relationAlt("goodsViaWords")})(?:[\u4e00-\u9fff]{0,4}?(?:${WORDS.intoWays.join("|")})|${WAY_MARK})(?:${relationAlt("goodsCarryVerbs")})?|以[^，,；;。的]{0,6}的?(?:${WORDS.intoManners.join("|")}))*$`,
);
/** A ban or halt (triggers.json "cooperationHalted", origin-goods.json "stops"). */
const STOP = new RegExp(`${trigger("cooperationHalted").source}|${alternatives(WORDS.stops).source}`);
/** A negation, or an open question read like one (origin-goods.json "undecided": 是否, 能否). */
const NEGATION = new RegExp(
  `${alternatives(FW.negators).source}|${relationAlt("goodsNeverWords")}|${alternatives(WORDS.undecided).source}`,
);
const NOT_NEGATION = new RegExp(alternatives(WORDS.notNegation).source, "g");
/** A verb right before 进口 making it an adjective of goods bought or used (购买进口智利车厘子). */
export const BOUGHT_IMPORTS = new RegExp(`(${alternatives(WORDS.importVerbsBefore).source})$`);

/** Whether `run` is a goods noun phrase ending in a goods noun, with no people, firm or waste word in it. */
function goodsPhrase(run: string): boolean {
  return (
    run.length <= 16 && GOODS_END.test(run) && GOODS_PHRASE.exec(run)?.[0] === run && !NOT_GOODS.test(run)
  );
}

/** What may stand between a country and its goods: 等, a bloc noun, 的 (某国等国家的牛肉). */
export const ORIGIN_LEAD = new RegExp(`^(等)?(${relationAlt("goodsOriginBlocNouns")})?(的)?`);
/** A country's goods and a joint, after the country (ORIGIN_LEAD, then the goods: group 4). */
const GOODS_JOINT = new RegExp(`${ORIGIN_LEAD.source}(.+)[${LIST_MARKS}]$`);

/** Whether `gap`, between two countries, is the first one's goods and a joint (甲国大米和乙国…, 甲国的电力、乙国…). */
export function goodsJoint(gap: string): boolean {
  const m = GOODS_JOINT.exec(gap);
  return m !== null && goodsPhrase(m[4] as string);
}

/** The goods phrase `run` opens (split where only adverbs and a way remain before the verb), or -1. */
export function goodsBeforeVerb(run: string): number {
  for (let e = Math.min(run.length, 16); e > 0; e--)
    if (goodsPhrase(run.slice(0, e)) && GAP.test(run.slice(e))) return e;
  return -1;
}

/** The goods phrase right at the start of `rest` (after 进口 and its countries), its length, or -1. */
export function goodsAfter(rest: string): number {
  const m = GOODS_PHRASE.exec(rest);
  if (!m) return -1;
  for (let e = m[0].length; e > 0; e--) if (goodsPhrase(rest.slice(0, e))) return e;
  return -1;
}

/** An amount or channel noun of an entry (origin-goods.json "entryNouns", after an optional "entryQualifiers"). */
export const ENTRY_NOUN = new RegExp(
  `^(${alternatives(WORDS.entryQualifiers).source})?(${alternatives(WORDS.entryNouns).source})`,
);

/** Whether `before` (the clause before the verb) bans or halts the trade, not lifted by 恢复 right before. */
export function stoppedBy(before: string): boolean {
  return STOP.test(before) && !/恢复$/.test(before);
}

/** Whether `gap` (between a subject and its verb) holds a negation or open question (没有, 未曾, 是否; not 不断, 不少). */
export function negated(gap: string): boolean {
  return NEGATION.test(gap.replace(NOT_NEGATION, ""));
}
