import { DAY_NUMERAL, readLexicon } from "../lexicon";
import type { Candidate } from "./types";

/**
 * The 日 of a date written right before a word (22日本省, 5日向记者, 十二月三日本市): the character closes the
 * day number and opens no name, so a candidate starting there (日本 read across 日|本省, a body read from
 * 日|向…) is dropped before overlaps are resolved, and a shorter name after the date can still win. A day
 * number is a run of day numerals (lexicon DAY_NUMERAL): one or two digits (1 to 31) or Chinese numerals
 * (no count word: 十多, 两), and only after a day number's lead (compound-leads.json dayNumberLeads: 月, 至,
 * 、, 于, 记者, a clause's start). A score, a time, a rank or a code keeps the name: 3:1日本女排, 2-1日本队,
 * 20:30日本队, 前10日本企业, 2025日本, G20日本. A lone 一 is a day only after 月, 至 or 到 (一日本游客 keeps Japan).
 */
const LEADS = readLexicon<{
  dayNumberLeads: string[];
  notDayNumerals: string[];
  loneDayNumerals: string[];
  loneDayLeads: string[];
}>("compound-leads.json");
const NUMERAL = new RegExp(`^${DAY_NUMERAL}$`);
const DIGITS = /^[0-9０-９]{1,2}$/;
const LEAD = new Set(LEADS.dayNumberLeads);
const NOT_DAY = new Set(LEADS.notDayNumerals);
/** A numeral that alone is rather an article or a count (一日本男子): a day only after LONE_LEAD (月, 至, 到). */
const LONE = new Set(LEADS.loneDayNumerals);
const LONE_LEAD = new Set(LEADS.loneDayLeads);
/** The longest run of numerals a day's number may have (二十九, 三十一). */
const MAX_RUN = 3;

/**
 * The start of the run of day numerals (lexicon DAY_NUMERAL) that ends right before `at`, or `at` when none
 * stands there. Shared with entities/abbreviations.ts (8日中俄).
 */
export function dayNumeralStart(norm: string, at: number): number {
  let s = at;
  while (s > 0 && NUMERAL.test(norm[s - 1] as string)) s--;
  return s;
}

/** True when the numerals `run` can be a day's number (1 to 31, or Chinese numerals without a count word). */
const dayNumber = (run: string): boolean => {
  if (DIGITS.test(run)) {
    const day = Number(run.normalize("NFKC"));
    return day >= 1 && day <= 31;
  }
  return run.length <= MAX_RUN && !/[0-9０-９]/.test(run) && ![...run].some((c) => NOT_DAY.has(c));
};

/** True when the 日 at `at` closes a day number written right before it, after a day number's lead. */
export function closesDay(norm: string, at: number): boolean {
  if (norm[at] !== "日") return false;
  const start = dayNumeralStart(norm, at);
  if (start === at || !dayNumber(norm.slice(start, at))) return false;
  const lead = norm[start - 1] as string;
  if (at - start === 1 && LONE.has(norm[start] as string)) return start > 0 && LONE_LEAD.has(lead);
  return start === 0 || LEAD.has(lead);
}

/** The candidates that do not start at the 日 of a date. */
export function dropDateDays(norm: string, cands: Candidate[]): Candidate[] {
  return cands.some((c) => norm[c.cs] === "日" && closesDay(norm, c.cs))
    ? cands.filter((c) => norm[c.cs] !== "日" || !closesDay(norm, c.cs))
    : cands;
}
