/**
 * Offices named after their parent body: the office suffix right after a body's name belongs to the
 * name (陕西省政府新闻办, 省政府口岸办, 省委改革办, 长沙市自贸办), which names the office, not the parent body
 * or place.
 */
import { entityAlt, readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

/** An office suffix of one or two characters and 办 or 办公室 (not the verb in 办理, 办法, 办事). */
const OFFICE_AFTER = /^[\u4e00-\u9fff]{1,2}办(?:公室)?(?![理法事学好成])/;
/** Verbs in 办 after a body (商务部主办, 政府承办, 联合举办, 政府交办): the body hosts or assigns, no office is named. */
const HOSTING = new RegExp(`(${entityAlt("officeHostingLeads")})办`);
/** A verb of setting a body up before the suffix (杭州设立办公室: public-body-heads.json setUpVerbs): no office's name. */
const SET_UP = new RegExp(
  `^(?:${readLexicon<{ setUpVerbs: string[] }>("public-body-heads.json").setUpVerbs.join("|")})`,
);

/** The office suffix right after `ce`, if any. */
export function officeSuffix(norm: string, ce: number): string {
  const suffix = OFFICE_AFTER.exec(norm.slice(ce, ce + 6))?.[0] ?? "";
  return HOSTING.test(suffix) || SET_UP.test(suffix) ? "" : suffix;
}

/** Extends (in place) bodies found in a passage over an office suffix; mentions inside the suffix give way. */
export function extendOffices(norm: string, out: Mention[], n: Names): void {
  for (const m of [...out]) {
    // (a place written with its suffix before an office names the office: 长沙市自贸办)
    const place = /^(Province|City):/.test(m.id) && /[省市县区州]$/.test(norm.slice(m.cs, m.ce));
    if (!m.id.startsWith("Organization:") && !place) continue;
    const suffix = officeSuffix(norm, m.ce);
    if (!suffix) continue;
    const ce = m.ce + suffix.length;
    const name = norm.slice(m.cs, ce);
    const k = out.indexOf(m);
    const id = n.resolveOrRegister("Organization", name);
    const parts = place ? [{ id: m.id, cs: m.cs, ce: m.ce }] : m.parts;
    out[k] = { ...m, id, ce, method: "pattern", parts };
    for (let j = out.length - 1; j >= 0; j--) {
      const o = out[j];
      if (o && o !== out[k] && o.cs >= m.ce && o.cs < ce) out.splice(j, 1);
    }
  }
}
