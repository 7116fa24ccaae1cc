import { COMPANY_END, LEGAL_FORMS } from "../lexicon";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { Mention } from "./types";

/** A registered name in its legal form (某国某某发展有限公司: name-heads.json legalForms) is kept whole, as written. */
const LEGAL_FORM = new RegExp(`(?:${LEGAL_FORMS})$`);
/** Tags of a brand's own first word: unknown words and transliterated names (鹰氏/x, 诺托/nrt, 阿穆尔/nr). */
const BRAND_TAG = /^(x|nr|nrt|nrfg)$/;
/** A foreign country's place id (中国 writes its own firms' names). */
export const isForeignCountryId = (id: string): boolean => id.startsWith("Country:") && id !== "Country:中国";

/**
 * Trims (in place) the foreign country written before a company whose own name opens with a brand
 * (某国鹰氏娱乐公司, 某国阿穆尔农业集团有限公司): the country only says where the firm is from, so it is a
 * Country mention of its own and the company is named without it. A registered name in its legal form
 * (某国某某发展有限公司) is kept whole as written. Where the rest opens with a common
 * word (某国铁路公司, 某国港务集团, 某国国家货运航空公司) the country is part of the company's name and stays.
 */
export function splitForeignFirmCountries(norm: string, out: Mention[], n: Names): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m?.method !== "pattern" || !m.id.startsWith("Organization:")) continue;
    const country = m.parts.find((p) => p.cs === m.cs && isForeignCountryId(p.id));
    const rest = norm.slice(country?.ce ?? m.cs, m.ce);
    if (!country || !COMPANY_END.test(rest) || LEGAL_FORM.test(rest)) continue;
    const first = tagWords(rest, n.cat)[0];
    if (first?.start !== 0 || !BRAND_TAG.test(first.tag)) continue;
    const id = n.resolveOrRegister("Organization", rest);
    out[k] = { ...m, id, cs: country.ce, parts: m.parts.filter((p) => p !== country) };
    out.push({ id: country.id, cs: country.cs, ce: country.ce, method: "catalog", parts: [] });
  }
}
