import { hanRunBefore } from "../clauses";
import { DESCRIPTIVE, entityAlt, GENERIC_MORPHEMES, readLexicon } from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

const COUNTS = readLexicon<{
  listCountMeasures: string[];
  listCountNumerals: string[];
  listCountVagueNumerals: string[];
  majorCountMeasures: string[];
}>("port-objects.json");
/** data/lexicon/port-objects.json: measure words after a count closing a list (两个, 三大). */
const MEASURE = `[${COUNTS.listCountMeasures.join("")}]`;
/** One numeral of a count closing a list (3, 三, 两: listCountNumerals). */
const NUMERAL = `[0-9${COUNTS.listCountNumerals.join("")}]`;
/** One numeral of a count after 等, vague ones too (等多个, 等几个: listCountVagueNumerals). */
const VAGUE_NUMERAL = `[0-9${COUNTS.listCountNumerals.join("")}${COUNTS.listCountVagueNumerals.join("")}]`;
/** A list's end that opens with 等 or a count: not a list right before a crossing. */
const COUNTED_END = new RegExp(`^(?:等|${NUMERAL})`);
/** A count of major places (三大: majorCountMeasures). */
const MAJOR_COUNT = new RegExp(`^${NUMERAL}+(?:${COUNTS.majorCountMeasures.join("|")})`);
/**
 * The end of a list of ports: 等 or a count, kinds of port (entity-words.json portCountModifiers) and 口岸; a
 * kind of port (portCrossingKinds) and 口岸 right after a list, before a verb of crossing (portCrossingVerbs); or
 * a kind of port of the head (portHeadKinds) and 口岸 right after a list, which names the kind each port shares
 * (满洲里、绥芬河铁路口岸: catalogued places only, as for a crossing).
 */
const LIST_END = new RegExp(
  `(?:等(?:${VAGUE_NUMERAL}+个)?|${NUMERAL}+${MEASURE})(?:${entityAlt("portCountModifiers")})*口岸|(?<=[、和][\\u4e00-\\u9fff]{2,6})(?:${entityAlt("portCrossingKinds")})?口岸(?=(?:${entityAlt("portCrossingVerbs")})(?!游))|(?<=[、和][\\u4e00-\\u9fff]{2,6})(?:${entityAlt("portHeadKinds")})口岸`,
  "g",
);
/** The head of the list: 口岸 with its kind of port (entity-words.json portHeadKinds). */
const HEAD_KIND = new RegExp(`(?:${entityAlt("portHeadKinds")})?口岸$`);
/** The words up to the last verb opening the list's first item (entity-words.json portListVerbs). */
const LIST_VERB = new RegExp(`^.*(${entityAlt("portListVerbs")})`);

/**
 * Lists of places before 口岸: 打通至霍尔果斯、二连浩特等边境口岸, or a list right before a border crossing
 * (由阿拉山口、霍尔果斯口岸出境: one shared 口岸); a count closes the list as 等 does
 * (经满洲里、二连浩特3个边境口岸, 东兴、凭祥等多个口岸); a kind of port in the head (铁路口岸, 公路口岸)
 * stays in each port's name.
 */
export const portLists: EntityRule = {
  name: "port-lists",
  type: "Port",
  priority: 4,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(LIST_END)) {
      let pos = m.index ?? 0;
      // a kind of port written in the head is each port's own (阿拉山口和霍尔果斯两个铁路口岸 → 霍尔果斯铁路口岸)
      const head = HEAD_KIND.exec(m[0])?.[0] ?? "口岸";
      // (a list before a crossing, with no 等 or count, holds catalogued places only)
      const crossing = !COUNTED_END.test(m[0]);
      // (大 of 三大 counts major places: the list holds at least one catalogued place)
      const major = MAJOR_COUNT.test(m[0]);
      const items: { form: string; cs: number; parts: Span[] }[] = [];
      while (pos > 0) {
        const start = hanRunBefore(norm, pos, 6);
        const suf = n.cat.placeSuffix(norm.slice(start, pos));
        const e = suf ? n.cat.get(suf.id) : undefined;
        let form: string;
        let parts: Span[];
        if (suf && e?.type === "City") {
          form = suf.form;
          parts = [{ id: suf.id, cs: pos - form.length, ce: pos }];
        } else {
          // an unseen name in the list (联动红其拉甫、伊尔克什坦、吐尔尕特等边境口岸)
          if (crossing) break;
          const run = norm.slice(hanRunBefore(norm, pos, 10), pos);
          const first = !/[、和]/.test(norm[pos - run.length - 1] ?? "");
          const verb = first ? LIST_VERB.exec(run) : null;
          form = verb ? run.slice(verb[0].length) : run;
          if (
            form.length < 2 ||
            form.length > 6 ||
            GENERIC_MORPHEMES.test(form) ||
            DESCRIPTIVE.test(form) ||
            n.quantified(form)
          )
            break;
          if (n.cat.resolve(form) && !n.cat.resolve(`${form}${head}`, ["Port"])) break;
          parts = [];
        }
        const cs = pos - form.length;
        items.push({ form, cs, parts });
        if (norm[cs - 1] === "、" || norm[cs - 1] === "和") pos = cs - 1;
        else break;
      }
      if (major && !items.some((i) => i.parts.length > 0)) continue;
      for (const { form, cs, parts } of items) {
        const id = n.cat.resolve(`${form}${head}`, ["Port"]) ?? n.ensure("Port", `${form}${head}`);
        add({ id, cs, ce: cs + form.length, method: "pattern", parts });
      }
    }
  },
};
