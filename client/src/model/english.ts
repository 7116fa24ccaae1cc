/**
 * A rule-based English rendering of a Chinese entity name, for entities without a catalog English name:
 * known suffixes are translated (…自由贸易试验区 → Pilot Free Trade Zone, …班列 → Rail Service), a stem made
 * of place abbreviations is spelled out (黔粤 → Qian–Yue (Guizhou–Guangdong)), the rest is written in pinyin.
 * Callers mark the result as generated.
 */
import { pinyin } from "pinyin-pro";

/** Longest suffix first. */
const SUFFIXES: [string, string][] = [
  ["自由贸易试验区", "Pilot Free Trade Zone"],
  ["经济技术开发区", "Economic and Technological Development Zone"],
  ["高新技术产业开发区", "High-tech Industrial Development Zone"],
  ["国际多式联运班列", "International Multimodal Rail Service"],
  ["国际多式联运通道", "International Multimodal Corridor"],
  ["区域经济走廊", "Regional Economic Corridor"],
  ["跨境公路班车", "Cross-border Road Bus Service"],
  ["综合保税区", "Comprehensive Bonded Zone"],
  ["经济合作区", "Economic Cooperation Zone"],
  ["经济走廊", "Economic Corridor"],
  ["经济带", "Economic Belt"],
  ["公路班车", "Road Bus Service"],
  ["自治区", "Autonomous Region"],
  ["保税区", "Bonded Zone"],
  ["开发区", "Development Zone"],
  ["合作区", "Cooperation Zone"],
  ["试验区", "Pilot Zone"],
  ["示范区", "Demonstration Zone"],
  ["产业园", "Industrial Park"],
  ["新通道", "New Corridor"],
  ["班列", "Rail Service"],
  ["片区", "Area"],
  ["新区", "New Area"],
  ["口岸", "Port"],
  ["通道", "Corridor"],
  ["协定", "Agreement"],
  ["机场", "Airport"],
  ["园区", "Park"],
  ["港", "Port"],
  ["省", "Province"],
  ["市", "City"],
  ["县", "County"],
];

const PROVINCES: Record<string, string> = {
  京: "Beijing",
  津: "Tianjin",
  沪: "Shanghai",
  渝: "Chongqing",
  冀: "Hebei",
  晋: "Shanxi",
  蒙: "Inner Mongolia",
  辽: "Liaoning",
  吉: "Jilin",
  黑: "Heilongjiang",
  苏: "Jiangsu",
  浙: "Zhejiang",
  皖: "Anhui",
  闽: "Fujian",
  赣: "Jiangxi",
  鲁: "Shandong",
  豫: "Henan",
  鄂: "Hubei",
  湘: "Hunan",
  粤: "Guangdong",
  桂: "Guangxi",
  琼: "Hainan",
  川: "Sichuan",
  蜀: "Sichuan",
  黔: "Guizhou",
  滇: "Yunnan",
  藏: "Tibet",
  陕: "Shaanxi",
  甘: "Gansu",
  陇: "Gansu",
  青: "Qinghai",
  宁: "Ningxia",
  新: "Xinjiang",
  港: "Hong Kong",
  澳: "Macao",
};
/** After 中 (China), single characters name countries or regions. */
const COUNTRIES: Record<string, string> = {
  中: "China",
  老: "Laos",
  越: "Vietnam",
  欧: "Europe",
  亚: "Asia",
  俄: "Russia",
  蒙: "Mongolia",
  吉: "Kyrgyzstan",
  乌: "Uzbekistan",
  哈: "Kazakhstan",
  缅: "Myanmar",
  泰: "Thailand",
  巴: "Pakistan",
  印: "India",
  尼: "Nepal",
  新: "Singapore",
  日: "Japan",
  韩: "Korea",
};

/** Whole words with an established English name. */
const WORDS: Record<string, string> = { 中国: "China", 东盟: "ASEAN", 中亚: "Central Asia", 欧洲: "Europe" };

const HAN = /\p{Script=Han}/u;

function syllables(s: string): string[] {
  return pinyin(s, { toneType: "none", type: "array", nonZh: "consecutive", v: true }).filter((x) =>
    x.trim(),
  );
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Pinyin words: up to three syllables form one word (广西 → Guangxi), longer stems two per word. */
function pinyinWords(s: string): string {
  const parts = s.split(/([^\p{Script=Han}]+)/u).filter(Boolean);
  return parts
    .map((part) => {
      if (!HAN.test(part)) return part.trim();
      const syl = syllables(part);
      if (syl.length <= 3) return cap(syl.join(""));
      const words: string[] = [];
      for (let i = 0; i < syl.length; i += 2) words.push(cap(syl.slice(i, i + 2).join("")));
      return words.join(" ");
    })
    .filter(Boolean)
    .join(" ");
}

/** 黔粤 → Qian–Yue (Guizhou–Guangdong); null when the stem is not made of known abbreviations. */
function abbreviations(stem: string): string | null {
  const chars = [...stem];
  if (chars.length < 2 || chars.length > 4) return null;
  const table = chars[0] === "中" ? COUNTRIES : PROVINCES;
  const full = chars.map((c) => table[c]);
  if (full.some((f) => !f)) return null;
  return `${chars.map((c) => cap(syllables(c).join(""))).join("–")} (${full.join("–")})`;
}

function normalise(name: string): string {
  return name
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/[“”]/g, '"')
    .replace(/[、，]/g, ", ")
    .trim();
}

/** The English rendering of a Chinese name (suffix translation + abbreviations + pinyin). */
export function renderEnglish(name: string): string {
  let stem = normalise(name);
  const tail: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const hit = SUFFIXES.find(([zh]) => stem.endsWith(zh) && stem.length > zh.length);
    if (!hit) break;
    tail.unshift(hit[1]);
    stem = stem.slice(0, -hit[0].length);
  }
  // A parenthesised place inside the name (中国(广西)…) is rendered on its own.
  const head = stem
    .split(/(\([^)]*\))/)
    .filter(Boolean)
    .map((part) => {
      const word = part.trim();
      if (part.startsWith("(")) return `(${WORDS[word.slice(1, -1)] ?? pinyinWords(word.slice(1, -1))})`;
      return WORDS[word] ?? abbreviations(word) ?? pinyinWords(word);
    })
    .join(" ");
  return [head, ...tail].filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
}

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

const cache = new Map<string, string>();
/** Memoised renderEnglish (labels are asked for on every frame). */
export function englishFor(name: string): string {
  let v = cache.get(name);
  if (v === undefined) {
    v = HAN.test(name) ? renderEnglish(name) : name;
    if (cache.size > 20_000) cache.clear();
    cache.set(name, v);
  }
  return v;
}
