import { hanRunBefore } from "../clauses";
import { DESCRIPTIVE, GENERIC_MORPHEMES } from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

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
    for (const m of norm.matchAll(
      /(?:等(?:[0-9一二三四五六七八九十两几多]+个)?|[0-9一二三四五六七八九十两]+个)(?:重点|主要|重要|边境|陆路|沿边|铁路|公路|航空)*口岸|(?<=[、和][\u4e00-\u9fff]{2,6})(?:铁路|公路)?口岸(?=(?:出境|入境|进出境|出入境)(?!游))/g,
    )) {
      let pos = m.index ?? 0;
      // a kind of port written in the head is each port's own (阿拉山口和霍尔果斯两个铁路口岸 → 霍尔果斯铁路口岸)
      const head = /(?:铁路|公路|航空)?口岸$/.exec(m[0])?.[0] ?? "口岸";
      // (a list before a crossing, with no 等 or count, holds catalogued places only)
      const crossing = !/^[等0-9一二三四五六七八九十两]/.test(m[0]);
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
          const verb = first
            ? /^.*(联动|依托|连接|联通|通过|经由|打通至?|至|包括|涵盖|对接|辐射|加强|推动|拥有|设有)/.exec(
                run,
              )
            : null;
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
        const id = n.cat.resolve(`${form}${head}`, ["Port"]) ?? n.ensure("Port", `${form}${head}`);
        add({ id, cs, ce: pos, method: "pattern", parts });
        if (norm[cs - 1] === "、" || norm[cs - 1] === "和") pos = cs - 1;
        else break;
      }
    }
  },
};
