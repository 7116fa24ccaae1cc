import type { Candidate } from "./types";

/**
 * The 日 of a date written right before a word (22日本省, 5日向记者, 十二月三日本市): the character closes the
 * day number and opens no name, so a candidate starting there (日本 read across 日|本省, a body read from
 * 日|向…) is dropped before overlaps are resolved, and a shorter name after the date can still win. A day
 * number is one or two Arabic digits (1 to 31) with no digit, Latin letter or point before them (not a
 * year or code such as 2025日本…, G20日本…), or a run of Chinese numerals right after 月.
 */
const ARABIC_DAY = /(?:^|[^0-9A-Za-z.])([0-9]{1,2})$/;
const CHINESE_DAY = /月[一二三四五六七八九十廿卅]{1,3}$/;

/** True when the 日 at `at` closes a day number written right before it. */
export function closesDay(norm: string, at: number): boolean {
  if (norm[at] !== "日") return false;
  const before = norm.slice(Math.max(0, at - 4), at);
  const arabic = ARABIC_DAY.exec(before);
  if (arabic?.[1] !== undefined) {
    const day = Number(arabic[1]);
    return day >= 1 && day <= 31;
  }
  return CHINESE_DAY.test(before);
}

/** The candidates that do not start at the 日 of a date. */
export function dropDateDays(norm: string, cands: Candidate[]): Candidate[] {
  return cands.some((c) => norm[c.cs] === "日" && closesDay(norm, c.cs))
    ? cands.filter((c) => norm[c.cs] !== "日" || !closesDay(norm, c.cs))
    : cands;
}
