/**
 * Entity recognition in one passage: catalog surface forms plus the language's own naming patterns
 * (中国（X）自由贸易试验区, X自贸区, X片区, X口岸, X港, X综合保税区, 中X经济走廊/通道/班列, 《…协定》 …).
 * Works on the normalised clean text of a passage; spans are indices into that text.
 */
import type { NodeType } from "../../contracts/graph";
import { type Catalog, type Entity, nodeId, provinceShort, zoneAliases, zoneName } from "./catalog";

export interface Span {
  id: string;
  cs: number;
  ce: number;
}

export interface Mention extends Span {
  method: "catalog" | "pattern";
  /** Places or countries named inside the mention (a port's city, a corridor's countries). */
  parts: Span[];
  /** For areas found by enumeration ("呼和浩特、满洲里、二连浩特三个片区"). */
  enumerated?: boolean;
}

const HAN = /[\u4e00-\u9fff]/;
const STRONG_STOPS = [
  "自由贸易试验区",
  "自贸试验区",
  "自贸区",
  "自由贸易港",
  "片区",
  "的",
  "在",
  "是",
  "为",
  "将",
  "了",
  "把",
  "对",
  "从",
  "以",
  "其",
  "则",
  "即",
  "向",
  "经",
  "涵盖",
  "包括",
  "推动",
  "依托",
  "设立",
  "建设",
  "打造",
  "位于",
  "其中",
  "以及",
  "通过",
  "加快",
  "支持",
  "如",
  "目前",
  "力争",
  "凭借",
  "开通",
  "开行",
  "打通",
  "连接",
  "联通",
  "实现",
  "拥有",
  "利用",
  "作为",
  "聚焦",
  "深耕",
  "进出境",
];
const WEAK_STOPS = [
  "和",
  "与",
  "及",
  "有",
  "等",
  "个",
  "至",
  "到",
  "可",
  "已",
  "还",
  "也",
  "都",
  "并",
  "又",
  "被",
  "让",
  "使",
  "由",
  "于",
  "往",
  "经",
  "过",
  "达",
  "近",
  "中",
];
const QUANTIFIER = /^[一二三四五六七八九十两几多各该本全每数百千万0-9]/;
const GENERIC_AREA = new Set([
  "自贸",
  "自由贸易",
  "部分",
  "新",
  "联动",
  "重点",
  "核心",
  "功能",
  "特色",
  "相关",
  "其他",
  "所在",
  "试验",
  "先行",
  "首批",
  "三大",
  "中心城区",
  "概况",
  "省会",
  "主要",
  "各个",
  "所属",
]);
const GENERIC_MORPHEMES =
  /开放|运输|资源|货物|边境|智慧|数字|重点|沿边|沿海|内陆|陆路|现有|主要|中转|入境|出境|国家|一类|二类|口岸|国际|枢纽|数据|创新|自贸|自由|贸易|深水|铁路|航空|空|海|陆|母|临|香|这|该|众多|更多|其他|各|多个|新|城|区|紧邻|毗邻|邻近|附近/;

/** Words that open a list of sectors (聚焦A、B等领域, 从事A、B等关键领域, 以A、B和C领域为突破点). */
const INDUSTRY_CUE =
  /聚焦|覆盖|涉及|包括|从事|推动|健全|鼓励|支持|形成|塑造|重点发展|优先发展|发展|培育|打造|布局|引进|集聚|壮大|放开|开放|特别是|尤其是|例如|如|以(?!及)|从|向|^在/g;
const INDUSTRY_CUE_1 = new RegExp(INDUSTRY_CUE.source);
/** Items of such lists that are not sectors: institutions, policies, places, processes, quantities. */
const INDUSTRY_STOP =
  /建设|机制|政策|制度|措施|平台|体系|规则|交流|项目|企业|国家|地区|^城市$|城市群|部门|方面|模式|能力|水平|环境|标准|监管|试点|功能|资源|人才|中心|园区|其他|多个|多家|各类|相关|一系列|领域|产业链|合作|业态|场景|化$|改革|管理|待遇|清单|优势|传统|重点|关键|热门|细分|应用|研发|示范|政府|外资|投资|开放|发展|创新|国际合作|我们|他们|双方|这些|那些|^[新高大小]$|^(绿色|科技|技术|数字|数据|生态|文化|艺术|教育|税费|船员|营运|协同|进出境|供应链|人机交互|深度学习|计算机视觉|大数据|农产品|货物贸易|服务贸易)$|增长$|仓$|^有(?!色)|^(健全|鼓励|支持|同时|将|力图|打通|依托|推进|加快|加强|深化|完善|提升|扩大|探索|实现|促进|推动)/;
/** Verbs and function words after which an X产业 name starts (集聚人工智能产业 → 人工智能产业). */
const INDUSTRY_VERB =
  /聚焦|推动|发展|促进|培育|壮大|布局|打造|支持|引进|助力|随着|集聚|赋能|优化|探索|激活|依托|健全|鼓励|同时|将|力图|打通|加快|做大|做强|带动|吸引|形成|构建|完善|提升|扩大|引领|服务|对|和|与|及|在|是|为|的|了|、|该省|该市|区内|本地|当地|中心|以|等|从|现有|转向|个|到|形成|塑造|海内外/g;
/** Clauses about cooperation, opening, regulation or gaps: their field lists are not sectors. */
const INDUSTRY_NOT_DEV = /合作|交流|开放|监管|风险|差距|规则|制度|改革|治理|便利化|保护|防控|壁垒/;
/** Modifiers that are not sector names before 产业 (相关产业, 主导产业, 新兴产业…). */
const INDUSTRY_GENERIC =
  /^(战略新兴|战略|新技术|外向型|前沿|高端|主打|口岸|地方|特定|跨区域|区域|高新|这一|此类|相关|主导|特色|优势|新兴|传统|支柱|重点|这些|各类|战略性新兴|战略性|未来|现有|当地|本地|新|其他|其|该|各|多个|新型|相应|配套|上下游|全|整个|一批|中国|我国|人工智能产业的|主要)$|[的了是在为]|[区部型]$/;

/** Name of an industry item: 产业 is dropped when what remains names a sector (航空维修制造产业 →
 * 航空维修制造, 人工智能产业 → 人工智能) and kept after adjectives (智能产业, 绿色产业, 高科技产业). */
function industryName(item: string, cat: Catalog): string {
  if (!item.endsWith("产业")) return item;
  const base = item.slice(0, -2);
  if (cat.resolve(base, ["Industry"])?.startsWith("Industry:")) return base;
  if (
    base.length >= 4 &&
    /(制造|医药|材料|装备|服务|物流|金融|汽车|芯片|能源|电子|化工|航空|航运|旅游)$/.test(base)
  )
    return base;
  return item;
}

/** Han characters directly before `end` (at most `max`). */
function hanRunBefore(s: string, end: number, max: number): number {
  let i = end;
  while (i > 0 && end - i < max && HAN.test(s[i - 1] ?? "")) i--;
  return i;
}

function containsAny(s: string, list: string[]): boolean {
  return list.some((t) => s.includes(t));
}

export class Recognizer {
  constructor(readonly cat: Catalog) {}

  /** Non-overlapping place matches (longest first, left to right) inside s. */
  placesIn(s: string): { start: number; end: number; id: string }[] {
    const out: { start: number; end: number; id: string }[] = [];
    let i = 0;
    while (i < s.length) {
      let hit: { start: number; end: number; id: string } | null = null;
      for (let j = Math.min(s.length, i + 8); j >= i + 2; j--) {
        const id = this.cat.places.get(s.slice(i, j));
        if (id) {
          hit = { start: i, end: j, id };
          break;
        }
      }
      if (hit) {
        out.push(hit);
        i = hit.end;
      } else i++;
    }
    return out;
  }

  startsWithPlace(s: string): { id: string; len: number } | null {
    const p = this.placesIn(s)[0];
    return p && p.start === 0 ? { id: p.id, len: p.end } : null;
  }

  /** Left boundary of an unseen name ending at `end`: drop leading verbs, particles, zone names. */
  nameStart(s: string, end: number, max: number): number {
    const from = hanRunBefore(s, end, max);
    for (let p = from; p < end - 1; p++) {
      const name = s.slice(p, end);
      if (containsAny(name, STRONG_STOPS)) continue;
      // a name does not start inside a stop word (依托龙南口岸 → not 托龙南口岸)
      if (
        STRONG_STOPS.some(
          (w) =>
            w.length > 1 &&
            [...Array(w.length - 1).keys()].some((k) => s.slice(p - k - 1, p - k - 1 + w.length) === w),
        )
      )
        continue;
      if (containsAny(name, WEAK_STOPS) && !this.startsWithPlace(name)) continue;
      return p;
    }
    return end;
  }

  /** Registers (or finds) an entity found by a pattern and returns its id. */
  ensure(type: NodeType, name: string, extra: Partial<Entity> = {}): string {
    const id = nodeId(type, name);
    const existing = this.cat.get(id);
    if (existing) {
      for (const a of extra.aliases ?? []) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      return id;
    }
    const aliases = extra.aliases ?? [];
    this.cat.add({
      type,
      name,
      nameEn: null,
      aliases,
      properties: {},
      inCatalog: false,
      ...(extra.parent ? { parent: extra.parent } : {}),
    });
    return id;
  }

  /** Places and parties named inside a catalogued name (中国（呼和浩特）跨境电子商务综合试验区 → 呼和浩特). */
  catalogParts(id: string, surface: string, at: number): Span[] {
    if (id.startsWith("Agreement:")) return this.agreementParties(id, surface, at);
    if (!/^(DevZone|Port|Area):/.test(id)) return [];
    const b = /[(（]([\u4e00-\u9fff]{2,8})[)）]/.exec(surface);
    const pid = b?.[1] ? this.cat.places.get(b[1]) : undefined;
    if (!b || !pid) return [];
    const cs = at + b.index + 1;
    return [{ id: pid, cs, ce: cs + (b[1] ?? "").length }];
  }

  /**
   * Parties named by a run of country abbreviations that opens an agreement's name: 美墨加协定 → 美国,
   * 墨西哥, 加拿大; 美日数字贸易协定 → 美国, 日本; 中欧投资协定 → 中国, 欧盟 (beside another economy 欧
   * is the Union).
   */
  agreementParties(id: string, surface: string, at: number): Span[] {
    if (!id.startsWith("Agreement:")) return [];
    let n = 0;
    while (n < surface.length && this.cat.countryAbbr.has(surface[n] ?? "")) n++;
    if (n < 2 || new Set(surface.slice(0, n)).size !== n) return [];
    return [...surface.slice(0, n)].map((c, k) => ({
      id: c === "欧" ? "Country:欧盟" : (this.cat.countryAbbr.get(c) as string),
      cs: at + k,
      ce: at + k + 1,
    }));
  }

  /** The catalogued entity of that type and name, else a newly registered one found by a pattern. */
  resolveOrRegister(type: NodeType, name: string): string {
    const known = this.cat.resolve(name, [type]);
    return known?.startsWith(`${type}:`) ? known : this.ensure(type, name);
  }

  zoneIdForPlace(place: string): string {
    const p = this.cat.zonePlaceFor(place);
    return this.ensure("FreeTradeZone", zoneName(p), { aliases: zoneAliases(p) });
  }

  recognize(norm: string): Mention[] {
    const cands: (Mention & { prio: number })[] = [];
    const add = (m: Omit<Mention, "parts"> & { parts?: Span[] }, prio: number) => {
      if (m.ce <= m.cs) return;
      cands.push({ parts: [], ...m, prio });
    };

    // 1. Catalog surface forms.
    for (let i = 0; i < norm.length; i++) {
      const f = this.cat.longestAt(norm, i);
      if (!f) continue;
      const ids = this.cat.surfaces.get(f) ?? [];
      const id = ids[0];
      if (!id) continue;
      // 中国式现代化 is not a mention of the country.
      if (id === "Country:中国" && norm[i + f.length] === "式") continue;
      add({ id, cs: i, ce: i + f.length, method: "catalog", parts: this.catalogParts(id, f, i) }, 2);
    }

    // 2. 中国（X）自由贸易试验区 / 中国（X）自由贸易港.
    for (const m of norm.matchAll(/中国\(([\u4e00-\u9fff]{2,8})\)(自由贸易试验区|自由贸易港|自贸试验区)/g)) {
      const place = m[1] ?? "";
      const cs = m.index ?? 0;
      let id: string;
      if (m[2] === "自由贸易港") id = this.ensure("FreeTradeZone", `${place}自由贸易港`, {});
      else id = this.zoneIdForPlace(place);
      const parts: Span[] = [];
      const pid = this.cat.places.get(place);
      if (pid) parts.push({ id: pid, cs: cs + 3, ce: cs + 3 + place.length });
      add({ id, cs, ce: cs + m[0].length, method: "pattern", parts }, 3);
    }

    // 3. Short forms and coordinated lists: 广西自贸试验区, 云南和广西自贸试验区, 上海、广东等自贸试验区.
    for (const m of norm.matchAll(/(自由贸易试验区|自贸试验区|自贸区|FTZ)(?!片区)/g)) {
      const k = m.index ?? 0;
      let pos = k;
      // optional "等", "N个", "沿海/内陆/沿边" between the list and the keyword
      const prefix = norm.slice(Math.max(0, k - 8), k);
      const mm =
        /(等)?(少数|多数|部分|一些|若干|其他)?(地|地区|省市|省份)?(的)?(\d+\s*个|[几一二三四五六七八九十]+个)?(沿海|内陆|沿边)?$/.exec(
          prefix,
        );
      if (mm?.[0]) pos = k - mm[0].length;
      let first = true;
      while (pos > 0) {
        // skip a parenthetical right before the keyword/separator: 上海（临港新片区）
        let end = pos;
        if (norm[end - 1] === ")") {
          const open = norm.lastIndexOf("(", end - 1);
          if (open >= 0 && end - open <= 12) end = open;
        }
        const start = hanRunBefore(norm, end, 5);
        const run = norm.slice(start, end);
        const suf = this.cat.placeSuffix(run);
        if (!suf) break;
        const ps = end - suf.form.length;
        const e = this.cat.get(suf.id);
        if (!e || e.type === "Country") break;
        const zid = this.zoneIdForPlace(e.type === "Province" ? provinceShort(e) : suf.form);
        const parts: Span[] = [];
        if (first && end === k) {
          add({ id: zid, cs: ps, ce: k + (m[1] ?? "").length, method: "pattern", parts }, 3);
        } else add({ id: zid, cs: ps, ce: end, method: "pattern", parts }, 3);
        first = false;
        const sep = norm[ps - 1];
        if (sep === "、" || sep === "和" || sep === "与" || sep === "及") pos = ps - 1;
        else break;
      }
    }

    // 4. Areas: X片区, X新片区, X自贸片区; enumerations "A、B、C三个片区".
    for (const m of norm.matchAll(/(自贸|自由贸易)?(新)?片区/g)) {
      const k = m.index ?? 0;
      const start = this.nameStart(norm, k, 10);
      let base = norm.slice(start, k);
      if (
        base.length >= 2 &&
        !QUANTIFIER.test(base) &&
        !GENERIC_AREA.has(base) &&
        !/[一二三四五六七八九十两]+(个|大)?$/.test(base) &&
        !/各|内部|所有|试验区|纳入|划入|设立|包括|涵盖/.test(base) &&
        // X自贸片区 / X自由贸易片区 needs X to be a place or a catalogued area (not 破解自由贸易片区)
        (!m[1] ||
          this.startsWithPlace(base) !== null ||
          this.cat.resolve(`${base}片区`, ["Area"]) !== undefined)
      ) {
        // drop a leading province/country name when what remains is still a name (广西崇左 → 崇左)
        const lead = this.startsWithPlace(base);
        let cs = start;
        if (lead && base.length - lead.len >= 2) {
          const le = this.cat.get(lead.id);
          if (le && (le.type === "Province" || le.type === "Country")) {
            base = base.slice(lead.len);
            cs = start + lead.len;
          }
        }
        // a catalogued area at the end of a longer run wins (政策措施临港新片区 → 临港新片区)
        for (
          let i = 1;
          i + 2 <= base.length &&
          !this.cat.resolve(`${base}${m[2] ? "新片区" : "片区"}`, ["Area"])?.startsWith("Area:");
          i++
        ) {
          const alt = this.cat.resolve(`${base.slice(i)}${m[2] ? "新片区" : "片区"}`, ["Area"]);
          if (alt?.startsWith("Area:")) {
            base = base.slice(i);
            cs += i;
            break;
          }
        }
        const name = `${base}${m[2] ? "新片区" : "片区"}`;
        const id = this.resolveOrRegister("Area", name);
        const parts: Span[] = [];
        const pp = this.startsWithPlace(base);
        if (pp) parts.push({ id: pp.id, cs, ce: cs + pp.len });
        add({ id, cs, ce: k + m[0].length, method: "pattern", parts }, 1);
      }
      // Enumeration before "三个片区" / "三大片区".
      const q =
        /[\u4e00-\u9fff]{2,8}(?:[、和及与][\u4e00-\u9fff]{2,8})+[一二三四五六七八九十两]+(?:个|大)?$/.exec(
          norm.slice(Math.max(0, k - 48), k),
        );
      if (q && !m[1] && !m[2]) {
        const qStart = Math.max(0, k - 48) + (q.index ?? 0);
        const body = norm.slice(qStart, k).replace(/[一二三四五六七八九十两]+(个|大)?$/, "");
        let off = qStart;
        const items = body.split(/(、)/);
        for (const it of items) {
          if (it === "、") {
            off += it.length;
            continue;
          }
          // first item may carry a verb before the place (涵盖呼和浩特): keep only the place part
          let name = it;
          let cs = off;
          const places = this.placesIn(it);
          const lastPlace = places[places.length - 1];
          if (lastPlace && lastPlace.end === it.length) {
            name = it.slice(lastPlace.start);
            cs = off + lastPlace.start;
          } else if (it === items[0]) {
            const ns = this.nameStart(it, it.length, 6);
            name = it.slice(ns);
            cs = off + ns;
          }
          off += it.length;
          if (name.length < 2) continue;
          // (an item written in full: 厦门片区、福州片区、平潭片区三个片区)
          const area = name.endsWith("片区") ? name : `${name}片区`;
          const id = this.resolveOrRegister("Area", area);
          add({ id, cs, ce: cs + name.length, method: "pattern", parts: [], enumerated: true }, 4);
        }
      }
    }

    // 5. Ports: X口岸, X港.
    for (const m of norm.matchAll(/(铁路|公路|航空)?口岸|港(?![口区务澳湾城片股])/g)) {
      const k = m.index ?? 0;
      const start = this.nameStart(norm, k, 8);
      let cs = start;
      let core = norm.slice(start, k);
      if (core.length < 2) continue;
      const lead = this.startsWithPlace(core);
      if (lead && core.length - lead.len >= 2) {
        const le = this.cat.get(lead.id);
        if (le && (le.type === "Province" || le.type === "Country")) {
          core = core.slice(lead.len);
          cs += lead.len;
        }
      }
      if (!this.startsWithPlace(core)) {
        const inner = this.placesIn(core)[0];
        if (inner && inner.start > 0) {
          core = core.slice(inner.start);
          cs += inner.start;
        }
      }
      const pp = this.startsWithPlace(core);
      const ok = pp ? pp.len === core.length || !GENERIC_MORPHEMES.test(core.slice(pp.len)) : false;
      const unseenOk =
        !pp &&
        core.length >= 2 &&
        core.length <= 5 &&
        !GENERIC_MORPHEMES.test(core) &&
        !QUANTIFIER.test(core);
      if (!ok && !unseenOk) continue;
      let name = `${core}${m[0]}`;
      for (let i = 1; i < core.length - 1; i++) {
        const alt = this.cat.resolve(name.slice(i), ["Port"]);
        if (alt?.startsWith("Port:")) {
          name = name.slice(i);
          cs += i;
          break;
        }
      }
      const id = this.resolveOrRegister("Port", name);
      const parts: Span[] = pp ? [{ id: pp.id, cs, ce: cs + pp.len }] : [];
      add({ id, cs, ce: k + m[0].length, method: "pattern", parts }, 1);
    }

    // 5c. Airports and inland rail ports named after a place: 成都双流国际机场, 重庆江北国际机场,
    // 成都国际铁路港 (a Port, located in its place).
    for (const m of norm.matchAll(/(国际机场|机场|国际铁路港|铁路港|国际陆港)(?![片综保])/g)) {
      const k = m.index ?? 0;
      const start = this.nameStart(norm, k, 8);
      // the first place whose remainder up to the suffix is a short name (…港和宁波栎社国际机场 → 宁波)
      const lead = this.placesIn(norm.slice(start, k)).find((p) => {
        const rest = norm.slice(start + p.end, k);
        return rest.length <= 4 && !/[的和与及、]/.test(rest);
      });
      if (!lead) continue;
      const cs = start + lead.start;
      const name = norm.slice(cs, k + m[0].length);
      const id = this.resolveOrRegister("Port", name);
      add(
        {
          id,
          cs,
          ce: k + m[0].length,
          method: "pattern",
          parts: [{ id: lead.id, cs, ce: start + lead.end }],
        },
        2,
      );
    }

    // 5b. Lists of places before 口岸: 打通至霍尔果斯、二连浩特等边境口岸.
    for (const m of norm.matchAll(/(?:等)(?:重点|主要|重要|边境|陆路|沿边)*口岸/g)) {
      let pos = m.index ?? 0;
      while (pos > 0) {
        const start = hanRunBefore(norm, pos, 6);
        const suf = this.cat.placeSuffix(norm.slice(start, pos));
        const e = suf ? this.cat.get(suf.id) : undefined;
        let form: string;
        let parts: Span[];
        if (suf && e?.type === "City") {
          form = suf.form;
          parts = [{ id: suf.id, cs: pos - form.length, ce: pos }];
        } else {
          // an unseen name in the list (联动红其拉甫、伊尔克什坦、吐尔尕特等边境口岸)
          const run = norm.slice(hanRunBefore(norm, pos, 10), pos);
          const first = !/[、和]/.test(norm[pos - run.length - 1] ?? "");
          const verb = first
            ? /^.*(联动|依托|连接|联通|通过|经由|打通至?|至|包括|涵盖|对接|辐射|加强|推动)/.exec(run)
            : null;
          form = verb ? run.slice(verb[0].length) : run;
          if (form.length < 2 || form.length > 6 || GENERIC_MORPHEMES.test(form) || QUANTIFIER.test(form))
            break;
          if (this.cat.resolve(form) && !this.cat.resolve(`${form}口岸`, ["Port"])) break;
          parts = [];
        }
        const cs = pos - form.length;
        const id = this.cat.resolve(`${form}口岸`, ["Port"]) ?? this.ensure("Port", `${form}口岸`);
        add({ id, cs, ce: pos, method: "pattern", parts }, 4);
        if (norm[cs - 1] === "、" || norm[cs - 1] === "和") pos = cs - 1;
        else break;
      }
    }

    // 6. Development-zone instances named after a place: 兰州新区综合保税区, 贵阳综保区, 武威保税物流中心.
    for (const m of norm.matchAll(
      /(综合保税区|综保区|跨境经济合作区|边境经济合作区|保税物流中心|保税港区|经济技术开发区|经开区|高新技术产业开发区|高新区|综合试验区|数据中心集群|产业园区|产业园|软件园|科技园|经济开发区|科技城|航天城|国际陆港区|陆港区|国际边境合作中心|边境合作中心|新区(?![片]))/g,
    )) {
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 12);
      const places = this.placesIn(norm.slice(from, k));
      const last = places[places.length - 1];
      if (!last) {
        // an unseen name before a distinctive suffix: 洋浦经济开发区
        if (!/^(经济开发区|科技城|航天城|国际陆港区|国际边境合作中心)$/.test(m[0])) continue;
        const us = this.nameStart(norm, k, 6);
        const base = norm.slice(us, k);
        if (base.length < 2 || base.length > 5 || GENERIC_MORPHEMES.test(base) || QUANTIFIER.test(base))
          continue;
        const uname = `${base}${m[0]}`;
        const uk = this.cat.resolve(uname, ["DevZone"]);
        add(
          {
            id: uk?.startsWith("DevZone:") ? uk : this.ensure("DevZone", uname),
            cs: us,
            ce: k + m[0].length,
            method: "pattern",
          },
          1,
        );
        continue;
      }
      // 中哈霍尔果斯国际边境合作中心: the bilateral prefix belongs to the name
      const bi =
        from + last.start >= 2 &&
        norm[from + last.start - 2] === "中" &&
        this.cat.countryAbbr.has(norm[from + last.start - 1] ?? "");
      const cs = from + last.start - (bi ? 2 : 0);
      const base = norm.slice(cs, k);
      // 上海临港新片区洋山特殊综保区: the area is its own name; the dev zone is the catalogued one
      if (base.includes("片区")) continue;
      const suffix = (m[0] === "综保区" ? "综合保税区" : m[0] === "经开区" ? "经济技术开发区" : m[0]) ?? "";
      const name = `${base}${suffix}`;
      const id = this.resolveOrRegister("DevZone", name);
      add(
        {
          id,
          cs,
          ce: k + m[0].length,
          method: "pattern",
          parts: [{ id: last.id, cs: from + last.start, ce: from + last.end }],
        },
        1,
      );
    }

    // 7. Corridors named by abbreviation compounds: 中蒙俄经济走廊, 中吉乌国际多式联运班列, 黔粤班列, 中老跨境公路班车.
    const compRe =
      /([\u4e00-\u9fff]{2,4}?)((?:国际|跨境|区域)?(?:多式联运|公路|铁海联运|货运)?)(经济走廊|大通道|通道|班列|公路班车|班车|铁路)/y;
    for (let at = 0; at < norm.length; at++) {
      compRe.lastIndex = at;
      const m = compRe.exec(norm);
      if (!m) continue;
      const comp = m[1] ?? "";
      const k = m.index ?? 0;
      const parts: Span[] = [];
      let ok = true;
      if (comp.startsWith("中")) {
        parts.push({ id: "Country:中国", cs: k, ce: k + 1 });
        for (let i = 1; i < comp.length; i++) {
          const id = this.cat.countryAbbr.get(comp[i] ?? "");
          if (!id) {
            ok = false;
            break;
          }
          parts.push({ id, cs: k + i, ce: k + i + 1 });
        }
      } else {
        for (let i = 0; i < comp.length; i++) {
          const id = this.cat.provinceAbbr.get(comp[i] ?? "");
          if (!id) {
            ok = false;
            break;
          }
          parts.push({ id, cs: k + i, ce: k + i + 1 });
        }
      }
      if (!ok || comp.length < 2) continue;
      const name = m[0];
      const id = this.resolveOrRegister("Corridor", name);
      add({ id, cs: k, ce: k + name.length, method: "pattern", parts }, 1);
    }
    // Place-named corridors: 粤湘区域经济走廊 handled above; X经济走廊 after a place name.
    for (const m of norm.matchAll(/经济走廊/g)) {
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 8);
      const places = this.placesIn(norm.slice(from, k));
      const first = places[0];
      if (!first) continue;
      // the places must make up the whole name (optionally followed by 区域)
      let cover = first.start;
      for (const p of places) if (p.start === cover) cover = p.end;
      const tail = norm.slice(from + cover, k);
      if (tail !== "" && tail !== "区域") continue;
      const cs = from + first.start;
      const name = norm.slice(cs, k + 4);
      const id = this.cat.resolve(name, ["Corridor"]) ?? this.ensure("Corridor", name);
      add(
        {
          id,
          cs,
          ce: k + 4,
          method: "pattern",
          parts: places.map((p) => ({ id: p.id, cs: from + p.start, ce: from + p.end })),
        },
        1,
      );
    }

    // 8. Agreements: 《…协定》 titles and bilateral FTAs (中韩、中瑞士等自由贸易协定).
    for (const m of norm.matchAll(/《([^《》]{2,40})》/g)) {
      const title = m[1] ?? "";
      if (!/(协定|协议|伙伴关系安排|经贸关系的安排)$/.test(title)) continue;
      const k = (m.index ?? 0) + 1;
      const id = this.resolveOrRegister("Agreement", title);
      add(
        {
          id,
          cs: k,
          ce: k + title.length,
          method: this.cat.get(id)?.inCatalog ? "catalog" : "pattern",
          parts: this.agreementParties(id, title, k),
        },
        3,
      );
    }
    for (const m of norm.matchAll(/(等)?(升级)?(自由贸易协定|自贸协定)/g)) {
      let pos = m.index ?? 0;
      while (pos > 1) {
        const run = norm.slice(hanRunBefore(norm, pos, 6), pos);
        const ci = run.lastIndexOf("中");
        if (ci < 0) break;
        const rest = run.slice(ci + 1);
        let cid = rest.length === 1 ? this.cat.countryAbbr.get(rest) : this.cat.places.get(rest);
        if (!cid && rest.length > 1) cid = this.cat.resolve(rest, ["Country"]);
        if (!cid?.startsWith("Country:")) break;
        const ce = pos;
        const cs = pos - rest.length - 1;
        const cname = cid.slice("Country:".length);
        const id =
          this.cat.resolve(`中国-${cname}自由贸易协定`, ["Agreement"]) ??
          this.ensure("Agreement", `中国-${cname}自由贸易协定`);
        add({ id, cs, ce, method: "pattern", parts: [{ id: cid, cs: cs + 1, ce }] }, 1);
        if (norm[cs - 1] === "、" || norm[cs - 1] === "和") pos = cs - 1;
        else break;
      }
    }

    // 9. Organisations: X海关, place-led company names (内蒙古新远景集团有限公司).
    for (const m of norm.matchAll(/海关|(有限公司|公司)/g)) {
      const k = m.index ?? 0;
      // 《新加坡海关法》: inside a title the name is part of the title (a law), not an organisation
      if (
        /^[法条规令]/.test(norm.slice(k + m[0].length)) &&
        norm.lastIndexOf("《", k) > norm.lastIndexOf("》", k)
      )
        continue;
      const from = hanRunBefore(norm, k, m[1] ? 20 : 6);
      const places = this.placesIn(norm.slice(from, k));
      const last = m[1] ? places.find((p) => p) : places[places.length - 1];
      const pick = m[1] ? places[places.length - 1] : last;
      if (!pick) continue;
      // for companies prefer the last place that starts a name (after any verb/particle)
      const cs = from + pick.start;
      if (k - cs < (m[1] ? 2 : pick.end - pick.start)) continue;
      if (m[1] && k - (from + pick.end) < 2) continue;
      const name = norm.slice(cs, k + m[0].length);
      // 可与香港和新加坡媲美的领先跨国公司: a description, not a name
      if (m[1] && /的|媲美|领先|一家|多家/.test(name)) continue;
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      add(
        { id, cs, ce: k + m[0].length, method: "pattern", parts: [{ id: pick.id, cs, ce: from + pick.end }] },
        1,
      );
    }

    // 9l. A service named with its operators in brackets: 中欧班列（成渝）, 中欧班列（长安号）.
    for (const c of [...cands]) {
      if (!c.id.startsWith("Corridor:") || !/班列|班车/.test(c.id) || norm[c.ce] !== "(") continue;
      const b = /^\(([\u4e00-\u9fff]{2,4})\)/.exec(norm.slice(c.ce));
      if (!b) continue;
      const inside = b[1] ?? "";
      const name = `${this.cat.get(c.id)?.name ?? c.id.slice(9)}（${inside}）`;
      const parts: Span[] = [];
      for (const [k, ch] of [...inside].entries()) {
        const pid = this.cat.provinceAbbr.get(ch);
        if (pid) parts.push({ id: pid, cs: c.ce + 1 + k, ce: c.ce + 2 + k });
      }
      const id = this.cat.resolve(name, ["Corridor"]) ?? this.ensure("Corridor", name);
      add({ id, cs: c.cs, ce: c.ce + b[0].length, method: "pattern", parts }, 3);
    }
    // 9j. Departments of a catalogued body: 国务院办公厅, 商务部服务贸易和商贸服务业司,
    // 联合国贸易和发展会议全球化与发展战略司(司长).
    for (const c of [...cands]) {
      if (c.method !== "catalog" || !c.id.startsWith("Organization:")) continue;
      const d = /^(办公厅|[\u4e00-\u9fff]{2,14}?司)(?![\u4e00-\u9fff]{0,1}[的])/.exec(
        norm.slice(c.ce, c.ce + 16),
      );
      if (!d || /[、，的是在]/.test(d[1] ?? "")) continue;
      const body = this.cat.get(c.id)?.name ?? "";
      const name = `${body}${d[1]}`;
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      add(
        {
          id,
          cs: c.cs,
          ce: c.ce + (d[1] ?? "").length,
          method: "pattern",
          parts: [{ id: c.id, cs: c.cs, ce: c.ce }],
        },
        3,
      );
    }
    // 9k. Newspapers and magazines: 《金融时报》, fDi杂志.
    for (const m of norm.matchAll(
      /《([\u4e00-\u9fff]{2,8}(?:时报|日报|晚报|周刊|杂志|邮报))》|(?<![A-Za-z])([A-Za-z]{2,12}\s?(?:杂志|周刊))/g,
    )) {
      const raw = m[1] ?? m[2] ?? "";
      const k = (m.index ?? 0) + (m[1] ? 1 : 0);
      const name = raw.replace(/\s/g, "");
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      add({ id, cs: k, ce: k + raw.length, method: "pattern" }, 2);
    }
    // 9g. Parks led by an agreement's or programme's acronym or by a place: RCEP国际合作产业园,
    // 钦州中马产业园. The acronym's own mention stays (it is a part of the name).
    for (const m of norm.matchAll(
      /([A-Z][A-Za-z]{1,7})([\u4e00-\u9fff]{0,8}?)(产业园区|产业园|合作园区|科技园)/g,
    )) {
      const k = m.index ?? 0;
      if (/[A-Za-z]/.test(norm[k - 1] ?? "")) continue;
      const name = m[0];
      const id = this.resolveOrRegister("DevZone", name);
      const lead = this.cat.resolve(m[1] ?? "");
      add(
        {
          id,
          cs: k,
          ce: k + name.length,
          method: "pattern",
          parts: lead ? [{ id: lead, cs: k, ce: k + (m[1] ?? "").length }] : [],
        },
        1,
      );
    }
    // 9h. Alliances and joint bodies of zones: 黄河流域自由贸易试验区联盟, 黑吉辽自由贸易试验区联盟.
    for (const m of norm.matchAll(/(自由贸易试验区|自贸试验区|自贸区)(联盟|联席会议)/g)) {
      const k = m.index ?? 0;
      let a = hanRunBefore(norm, k, 8);
      const v = /^.*(成立|组建|建立|创建|加入|发起|牵头|设立|推动|的|和|与)/.exec(norm.slice(a, k));
      if (v) a += v[0].length;
      if (k - a < 2) continue;
      const name = norm.slice(a, k + m[0].length);
      // a body only proposed (可…组建, 加快创建, 推动设立) does not exist yet: no Organization
      let ca = a;
      while (ca > 0 && !/[，；;,。！？!?：:\n]/.test(norm[ca - 1] ?? "")) ca--;
      if (/组建|创建|筹建|推动|建议|拟|可/.test(norm.slice(ca, a))) continue;
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      add({ id, cs: a, ce: k + m[0].length, method: "pattern" }, 3);
    }
    // 9i. Foreign free zones: 迪拜的杰贝·阿里自由贸易区, 迪拜机场自由贸易区 — a transliterated name (with
    // ·) or a name led by a foreign city or country; not an FTA (中国-东盟自由贸易区) nor a Chinese zone.
    for (const m of norm.matchAll(
      /([\u4e00-\u9fff·]{2,12}?)(自由贸易区|自由区|自由港)(?!网络|战略|协定|谈判|建设)/g,
    )) {
      const k = m.index ?? 0;
      let a = hanRunBefore(norm.replace(/·/g, "中"), k + (m[1] ?? "").length, 12);
      const v = /^.*(的|和|与|及|、|在|如|了)/.exec(norm.slice(a, k + (m[1] ?? "").length));
      if (v) a += v[0].length;
      const base = norm.slice(a, k + (m[1] ?? "").length);
      if (base.length < 2 || base.startsWith("·") || /[-－—–]/.test(norm[a - 1] ?? "")) continue;
      const lead = this.startsWithPlace(base);
      const leadE = lead ? this.cat.get(lead.id) : undefined;
      // 上海自由贸易区: the colloquial name of a Chinese zone
      if (
        m[2] === "自由贸易区" &&
        lead?.len === base.length &&
        leadE &&
        leadE.type !== "Country" &&
        (leadE.type === "Province" || leadE.parent)
      ) {
        const zid = this.zoneIdForPlace(leadE.type === "Province" ? provinceShort(leadE) : leadE.name);
        add(
          {
            id: zid,
            cs: a,
            ce: k + m[0].length,
            method: "pattern",
            parts: [{ id: lead.id, cs: a, ce: a + lead.len }],
          },
          1,
        );
        continue;
      }
      const foreign = leadE?.type === "City" && !leadE.parent;
      if (!base.includes("·") && !foreign) continue;
      const name = `${base}${m[2]}`;
      const id = this.resolveOrRegister("DevZone", name);
      const parts: Span[] = lead && foreign ? [{ id: lead.id, cs: a, ce: a + lead.len }] : [];
      add({ id, cs: a, ce: a + name.length, method: "pattern", parts }, 1);
    }

    // 10. Industries named in lists of fields: "聚焦智能工厂、智慧交通、智慧城市等重点应用领域",
    // "以智能网联汽车、服务机器人和无人机领域为突破点", "推动跨境电商、保税维修等外贸新业态", and
    // "X产业" (智能产业, 航空维修制造产业). Catalog industries keep priority on overlaps.
    for (const it of this.industryItems(norm)) {
      const known = this.cat.resolve(it.name, ["Industry"]);
      // registered without a surface form: a word such as 金融 or 教育 is a sector only where a
      // list or 产业 says so, not wherever it occurs later
      const id = known?.startsWith("Industry:") ? known : nodeId("Industry", it.name);
      if (!this.cat.get(id))
        this.cat.entities.set(id, {
          type: "Industry",
          name: it.name,
          nameEn: null,
          aliases: [],
          properties: {},
          inCatalog: false,
        });
      add({ id, cs: it.cs, ce: it.ce, method: "pattern" }, 0);
    }

    // 9b. Place-led public bodies: 上海市人大常委会, 宁波市发展和改革委员会, 上海临港国际人工智能研究院,
    // 海南省社会科学院, 重庆工商大学, 新疆大学经济与管理学院 (a school keeps its university).
    for (const m0 of norm.matchAll(
      /人大常委会|人民政府|发展和改革委员会|发展改革委|商务厅|商务局|社会科学院|科学院|研究院|大学/g,
    )) {
      const school =
        m0[0] === "大学"
          ? /^(?![和与及])(?:(?!大学)[^，。、；的和及]){2,10}?学院/.exec(norm.slice((m0.index ?? 0) + 2))
          : null;
      const m = [school ? `大学${school[0]}` : m0[0]] as unknown as RegExpMatchArray;
      m.index = m0.index;
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 14);
      const places = this.placesIn(norm.slice(from, k));
      // the first place that starts a name running up to the body without 的/和/与 in between
      const first = places.find((p) => {
        const before = norm.slice(from, from + p.start);
        return (
          (p.start === 0 || /(的|和|与|及|、|在|由|据|经|是|为|了)$/.test(before)) &&
          !/的|和|与/.test(norm.slice(from + p.end, k))
        );
      });
      if (!first) continue;
      const cs = from + first.start;
      const name = norm.slice(cs, k + m[0].length);
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      add(
        {
          id,
          cs,
          ce: k + m[0].length,
          method: "pattern",
          parts: [{ id: first.id, cs, ce: from + first.end }],
        },
        1,
      );
    }
    // 9c. Companies with a bracketed place: 智臻人工智能科技（上海）有限公司.
    for (const m of norm.matchAll(/\(([\u4e00-\u9fff]{2,4})\)(股份有限公司|有限公司)/g)) {
      const k = m.index ?? 0;
      if (!this.cat.places.get(m[1] ?? "")) continue;
      const start = this.nameStart(norm, k, 12);
      if (k - start < 2) continue;
      const name = `${norm.slice(start, k)}（${m[1]}）${m[2]}`;
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      add({ id, cs: start, ce: k + m[0].length, method: "pattern" }, 2);
    }
    // 9d. Management committees of a zone or area: 中国（上海）自由贸易试验区临港新片区管理委员会.
    for (const m of norm.matchAll(/管理委员会|管委会/g)) {
      const k = m.index ?? 0;
      const area = cands.find((c) => c.ce === k && /^(Area|FreeTradeZone|DevZone):/.test(c.id));
      if (!area) continue;
      const zone = cands.find((c) => c.ce === area.cs && c.id.startsWith("FreeTradeZone:"));
      const cs = zone ? zone.cs : area.cs;
      const name = `${norm.slice(cs, k)}管理委员会`.replace(/\(/g, "（").replace(/\)/g, "）");
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      add({ id, cs, ce: k + m[0].length, method: "pattern" }, 2);
    }
    // 9e. Firms listed before 等多家…企业: 吸引了空客、四川国际航空、川航维修基地等多家重点企业入驻.
    for (const m of norm.matchAll(
      /等(多家|\d+家|[一二三四五六七八九十几]+家)?(重点|龙头|领军|知名)?(企业|公司)/g,
    )) {
      const end = m.index ?? 0;
      let a = end;
      while (a > 0 && !/[，；;,。！？!?：:\n]/.test(norm[a - 1] ?? "")) a--;
      const body = norm.slice(a, end);
      if (!body.includes("、")) continue;
      let off = a;
      const pieces = body.split("、");
      for (const [pi, piece] of pieces.entries()) {
        const cs = off;
        off += piece.length + 1;
        let name = piece;
        let s0 = cs;
        if (pi === 0) {
          // the first item follows the verb (吸引了空客)
          const v = /^.*(吸引了?|引进了?|包括|如|有)/.exec(piece);
          if (!v) continue;
          name = piece.slice(v[0].length);
          s0 = cs + v[0].length;
        }
        if (!/^[\u4e00-\u9fffA-Za-z]{2,12}$/.test(name)) continue;
        if (this.cat.resolve(name)) continue;
        if (this.placesIn(name).some((p) => p.start === 0 && p.end === name.length)) continue;
        const id = this.ensure("Organization", name);
        add({ id, cs: s0, ce: s0 + name.length, method: "pattern" }, 0);
      }
    }
    // 9f. Border trade points and bilateral parks: 浦寨互市点, 中国-印尼、中国-菲律宾经贸创新发展示范园区.
    for (const m of norm.matchAll(/互市点/g)) {
      const k = m.index ?? 0;
      const start = this.nameStart(norm, k, 4);
      const base = norm.slice(start, k);
      if (base.length < 2 || /边民|边境|该|各|这|互市/.test(base)) continue;
      const id =
        this.cat.resolve(`${base}互市点`, ["DevZone"]) ?? this.ensure("DevZone", `${base}互市点`, {});
      add({ id, cs: start, ce: k + 3, method: "pattern" }, 1);
    }
    for (const m of norm.matchAll(
      /中国-([\u4e00-\u9fff]{2,6}?)((?:经贸|产业|工业|农业)[\u4e00-\u9fff]{0,8}?(?:园区|产业园|合作区))/g,
    )) {
      const k = m.index ?? 0;
      const cid = this.cat.resolve(m[1] ?? "", ["Country"]);
      if (!cid?.startsWith("Country:")) continue;
      const suffix = m[2] ?? "";
      // the name keeps the country as written (中国-印尼…), its part is the catalogued country
      const mk = (cs: number, ce: number, written: string, countryId: string, pcs: number) => {
        const name = `中国-${written}${suffix}`;
        const id = this.cat.resolve(name, ["DevZone"]) ?? this.ensure("DevZone", name, {});
        add(
          { id, cs, ce, method: "pattern", parts: [{ id: countryId, cs: pcs, ce: pcs + written.length }] },
          1,
        );
      };
      mk(k, k + m[0].length, m[1] ?? "", cid, k + 3);
      // shared suffix: 中国-印尼、中国-菲律宾经贸…园区 → also 中国-印尼经贸…园区
      let pos = k;
      for (;;) {
        const prev = /中国-([\u4e00-\u9fff]{2,6})、$/.exec(norm.slice(Math.max(0, pos - 12), pos));
        if (!prev) break;
        const pcs = pos - prev[0].length;
        const pid = this.cat.resolve(prev[1] ?? "", ["Country"]);
        if (!pid?.startsWith("Country:")) break;
        mk(pcs, pos - 1, prev[1] ?? "", pid, pcs + 3);
        pos = pcs;
      }
    }

    // Resolve overlaps: longest first, then priority, then leftmost.
    cands.sort(
      (a, b) => b.ce - b.cs - (a.ce - a.cs) || b.prio - a.prio || a.cs - b.cs || (a.id < b.id ? -1 : 1),
    );
    const taken: boolean[] = new Array(norm.length).fill(false);
    const out: Mention[] = [];
    for (const c of cands) {
      let free = true;
      for (let i = c.cs; i < c.ce; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = c.cs; i < c.ce; i++) taken[i] = true;
      const { prio: _p, ...rest } = c;
      out.push(rest);
    }
    // An industry named in rule/treaty discourse (服务贸易规则, 金融服务条款, 电子商务章节) is a trade
    // category or chapter, not a sector being developed: drop it when its clause talks about rules.
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k];
      if (!m?.id.startsWith("Industry:")) continue;
      let a = m.cs;
      while (a > 0 && !/[，；;,。！？!?：:\n]/.test(norm[a - 1] ?? "")) a--;
      let e = m.ce;
      while (e < norm.length && !/[，；;,。！？!?：:\n]/.test(norm[e] ?? "")) e++;
      if (/规则|条款|协定|章节|清单|谈判|承诺|议题|壁垒|缓冲期/.test(norm.slice(a, e))) out.splice(k, 1);
      // 跨境金融风险, 数据安全: a risk to guard against, not a sector
      else if (/^(风险|安全|监管)/.test(norm.slice(m.ce))) out.splice(k, 1);
      // goods carried or traded (货物品类扩展至新能源汽车…, 进口煤炭等能源资源的货车) and qualifiers of a
      // market or grid (国际新能源市场, 新能源电网) are not sectors being developed
      else if (/品类|货车|货物|商品/.test(norm.slice(a, e)) || /^(市场|电网)/.test(norm.slice(m.ce)))
        out.splice(k, 1);
      // technologies and research directions (…等核心关键技术领域, 重点攻关方向) and trade categories
      // under liberalisation (促进服务贸易自由化便利化) are not sectors
      else if (
        /(核心|关键|前沿|共性|基础)技术领域|理论领域|攻关方向/.test(norm.slice(a, e)) ||
        /^(自由化|便利化)/.test(norm.slice(m.ce))
      )
        out.splice(k, 1);
      // 8个数据中心: counted facilities
      else if (/(\d+\s*|[几多两一二三四五六七八九十]+)个\s*$/.test(norm.slice(Math.max(0, m.cs - 8), m.cs)))
        out.splice(k, 1);
    }
    out.push(...this.batchZones(norm, out));
    // Names that begin with a place (catalog ports, areas, zones…) or with 中+country abbreviations.
    for (const m of out) {
      if (m.parts.length > 0) continue;
      const t = m.id.slice(0, m.id.indexOf(":"));
      const surface = norm.slice(m.cs, m.ce);
      // zones only when spelled out (浙江自由贸易试验区), not short forms such as 上海自贸区
      const spelledZone = t === "FreeTradeZone" && surface.endsWith("自由贸易试验区");
      if (t === "Port" || t === "Area" || t === "DevZone" || spelledZone) {
        const p = this.placesIn(surface)[0];
        if (p && p.start === 0) m.parts.push({ id: p.id, cs: m.cs, ce: m.cs + p.end });
      } else if (t === "Corridor" && surface.startsWith("中")) {
        for (let i = 1; i < surface.length; i++) {
          const id = this.cat.countryAbbr.get(surface[i] ?? "");
          if (!id) break;
          m.parts.push({ id, cs: m.cs + i, ce: m.cs + i + 1 });
        }
      }
    }
    out.sort((a, b) => a.cs - b.cs || a.ce - b.ce);
    return out;
  }

  /**
   * Zones named through their provinces in establishment statements: "2015年在广东、天津和福建设立
   * 了自贸试验区", "最新一批自贸试验区在北京、湖南和安徽获批", "扩大到中西部地区，包括辽宁、河南…",
   * "海南也加入自贸行列". Each province of the list also names its zone (a mention over the same
   * span, with the province as its name part, so the zone is LOCATED_IN it).
   */
  batchZones(norm: string, ms: Mention[]): Mention[] {
    if (!/自由贸易试验区|自贸试验区|自贸区|自贸行列/.test(norm)) return [];
    if (!/设立|新设|增设|获批|批准|加入|扩大到|扩展到|扩容/.test(norm)) return [];
    const provs = ms.filter((m) => m.id.startsWith("Province:")).sort((a, b) => a.cs - b.cs);
    const out: Mention[] = [];
    let i = 0;
    while (i < provs.length) {
      const run = [provs[i] as Mention];
      let j = i + 1;
      while (j < provs.length) {
        const prev = run[run.length - 1] as Mention;
        const cur = provs[j] as Mention;
        if (cur.cs - prev.ce === 1 && /[、和及与]/.test(norm[prev.ce] ?? "")) {
          run.push(cur);
          j++;
        } else break;
      }
      i = j;
      const first = run[0] as Mention;
      const last = run[run.length - 1] as Mention;
      const left = norm.slice(Math.max(0, first.cs - 3), first.cs);
      const right = norm.slice(last.ce, last.ce + 6);
      const ok =
        (/(在|包括)$/.test(left) && /^(先后|分别|相继)?(设立|新设|增设|获批|建立|设)/.test(right)) ||
        (/包括$/.test(left) && /^[。；;]|^$/.test(right) && run.length >= 2) ||
        (/(^|[，,。；;\d年])$/.test(left) && /^也?(加入|获批)(了)?(自贸|自由贸易)/.test(right));
      if (!ok) continue;
      for (const p of run) {
        const e = this.cat.get(p.id);
        if (!e) continue;
        const zid = this.zoneIdForPlace(provinceShort(e));
        out.push({
          id: zid,
          cs: p.cs,
          ce: p.ce,
          method: "pattern",
          parts: [{ id: p.id, cs: p.cs, ce: p.ce }],
        });
      }
    }
    return out;
  }

  /** Items of field lists and X产业 names (see rule 10 of `recognize`). */
  industryItems(norm: string): { name: string; cs: number; ce: number }[] {
    const out: { name: string; cs: number; ce: number }[] = [];
    const seen = new Set<number>();
    const accept = (raw: string, cs: number) => {
      const lead = raw.length - raw.trimStart().length;
      const item = raw.trim();
      const name = item.replace(/\s+/g, "");
      if (name.length < 2 || name.length > 8) return;
      if (!/^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\s]*$/.test(item)) return;
      if (INDUSTRY_STOP.test(name) || (QUANTIFIER.test(name) && !/^数字/.test(name))) return;
      if (name.endsWith("产业") && INDUSTRY_GENERIC.test(name.slice(0, -2))) return;
      // a place, zone, country or organisation is not a field
      const other = this.cat.resolve(name);
      if (other && !other.startsWith("Industry:")) return;
      if (this.placesIn(name).some((p) => p.start === 0)) return;
      const start = cs + lead;
      if (seen.has(start)) return;
      seen.add(start);
      // 高端新材料 → 新材料: a generic modifier before a catalogued industry
      const mod = /^(高端|先进|现代|新兴|新型)/.exec(name);
      if (mod && !this.cat.resolve(name, ["Industry"])?.startsWith("Industry:")) {
        const rest = name.slice(mod[0].length);
        if (this.cat.resolve(rest, ["Industry"])?.startsWith("Industry:")) {
          const off = item.indexOf(rest[0] ?? "", mod[0].length);
          out.push({ name: rest, cs: start + off, ce: start + item.length });
          return;
        }
      }
      out.push({ name: industryName(name, this.cat), cs: start, ce: start + item.length });
    };
    /** Splits a list body into items (、 和 及 与 以及, parentheses) with their offsets. */
    const items = (body: string, off: number) => {
      let i = 0;
      for (const piece of body.split(/(以及|[、和及与()])/)) {
        if (!/^(以及|[、和及与()])$/.test(piece)) accept(piece.replace(/等$/, ""), off + i);
        i += piece.length;
      }
    };
    const CLAUSE_END = /[，；;,。！？!?：:\n]/;
    const clauseEnd = (pos: number) => {
      let e = pos;
      while (e < norm.length && !CLAUSE_END.test(norm[e] ?? "")) e++;
      return e;
    };
    const clauseStart = (pos: number) => {
      let a = pos;
      while (a > 0 && !CLAUSE_END.test(norm[a - 1] ?? "")) a--;
      return a;
    };
    /** Body of a list ending at `end`: after the last cue word of the clause (聚焦, 以, 从事…). */
    const bodyBefore = (end: number, needCue: boolean) => {
      const a = clauseStart(end);
      const seg = norm.slice(a, end);
      let cut = -1;
      for (const m of seg.matchAll(INDUSTRY_CUE)) {
        const e = (m.index ?? 0) + m[0].length;
        if (e <= seg.length) cut = Math.max(cut, e);
      }
      // a list may also follow the previous list's closer: …等领域向金融、绿色化工…
      if (cut < 0 && needCue) return null;
      // without a cue the first item may carry a verb (健全跨境贸易、金融…): start after it
      const from = cut >= 0 ? a + cut : a + Math.max(0, seg.indexOf("、") + 1);
      return { from, body: norm.slice(from, end) };
    };
    // closers: 等…领域/产业/行业/业态/赛道 (within a few characters), or 领域 right after a list
    for (const m of norm.matchAll(
      /等([^，；;,。！？!?：:、\n]{0,8}?)(领域|产业|行业|业态|赛道)|(?<=[\u4e00-\u9fff])领域/g,
    )) {
      const end = m.index ?? 0;
      if (m[1] !== undefined && /[和与及]|合作/.test(m[1])) continue;
      const b = bodyBefore(end, true);
      if (!b || !/[、和及与]/.test(b.body)) continue;
      // fields of cooperation, opening, regulation or risk are not sectors being developed
      // (深化与俄蒙在教育、科技…等领域的文化交流, 电信、互联网…等领域扩大开放, 跨境贸易、金融等领域的风险)
      const clause = norm.slice(clauseStart(end), clauseEnd(end));
      if (INDUSTRY_NOT_DEV.test(clause) && !/产业合作/.test(clause)) continue;
      if (m[0] === "领域" && !INDUSTRY_CUE_1.test(norm.slice(clauseStart(end), end))) continue;
      items(b.body, b.from);
    }
    // 以智能制造、智慧城市、数字安全场景为关键点: a list framed by 以…为<focus word>
    for (const m of norm.matchAll(
      /以([^，；;,。！？!?：:\n以]{4,60}?)为(突破点|突破口|关键点|着力点|主攻方向|重点方向)/g,
    )) {
      const body = (m[1] ?? "").replace(/(领域|场景|产业|行业)$/, "");
      if (!/[、和及与]/.test(body)) continue;
      items(body, (m.index ?? 0) + 1);
    }
    // cue-led lists that run to the end of the clause in a sentence about sectors:
    // 特别是电子商务、国际物流、航运和金融服务 / 包括高端新材料、智能制造和机器人…等。
    for (const m of norm.matchAll(/(特别是|尤其是|包括|聚焦|重点发展|优先发展|培育|壮大)/g)) {
      const from = (m.index ?? 0) + m[0].length;
      let e = from;
      while (e < norm.length && !/[，；;,。！？!?：:\n]/.test(norm[e] ?? "")) {
        if (norm[e] === "(") {
          const close = norm.indexOf(")", e);
          if (close < 0 || close - e > 40) break;
          e = close + 1;
          continue;
        }
        e++;
      }
      const body = norm.slice(from, e);
      if (
        !/[、]/.test(body) &&
        !(/重点发展|优先发展/.test(m[0]) && /[和及与]/.test(body)) &&
        !/产业|制造业|服务业/.test(body)
      )
        continue;
      const sentA = Math.max(norm.lastIndexOf("。", from - 1), 0);
      // (a strong cue — 重点发展, 优先发展 — says so itself)
      if (
        !/重点发展|优先发展/.test(m[0]) &&
        !/产业|制造业|服务业|领域|行业|研发重点|发展重点/.test(norm.slice(sentA, e))
      )
        continue;
      if (INDUSTRY_NOT_DEV.test(norm.slice(from, e))) continue;
      items(body.replace(/等$/, ""), from);
    }
    // X产业 (not 产业园/产业链…): 智能产业和绿色产业, 航空维修制造产业的发展. The name must start at
    // a boundary (punctuation, a list separator or a verb of the clause), never mid-word.
    for (const m of norm.matchAll(/产业(?![园链区集基政化带联合体]|中心)/g)) {
      const k = m.index ?? 0;
      const start = hanRunBefore(norm, k, 10);
      let base = norm.slice(start, k);
      let cut = 0;
      for (const w of base.matchAll(INDUSTRY_VERB)) cut = Math.max(cut, (w.index ?? 0) + w[0].length);
      if (cut === 0 && base.length === 10) continue;
      base = base.slice(cut);
      if (base.length < 2 || base.length > 6 || INDUSTRY_GENERIC.test(base)) continue;
      accept(`${base}产业`, start + cut);
    }
    return out;
  }

  /**
   * Public bodies of a province named without it (2026年1月自治区商务厅…, 省发展改革委): the province is
   * the last one of that kind (自治区/省/市) named earlier in the document (`lastRegion`, by suffix).
   */
  regionBodies(norm: string, lastRegion: ReadonlyMap<string, string>): Mention[] {
    const out: Mention[] = [];
    for (const m of norm.matchAll(
      /(自治区|省|市)(人大常委会|人民政府|发展和改革委员会|发展改革委|发改委|商务厅|商务局|商务委员会)/g,
    )) {
      const k = m.index ?? 0;
      // only a bare region word: not the end of a name (内蒙古自治区商务厅 is rule 9b's)
      if (k > 0 && HAN.test(norm[k - 1] ?? "") && !/[年月日的由据经和与及、在]/.test(norm[k - 1] ?? ""))
        continue;
      const pid = lastRegion.get(m[1] ?? "");
      const prov = pid ? this.cat.get(pid) : undefined;
      if (!pid || !prov) continue;
      const name = `${prov.name}${m[2]}`;
      const id = this.cat.resolve(name, ["Organization"]) ?? this.ensure("Organization", name);
      out.push({ id, cs: k, ce: k + m[0].length, method: "pattern", parts: [] });
    }
    return out;
  }

  /**
   * Members named by one-character abbreviations outside other names: province runs (沪苏浙,
   * 京津冀, 鲁豫晋蒙陕川甘青宁), country runs (美欧日) and country pairs after a relational word
   * (与俄蒙, 面向俄蒙, 外接俄蒙), 中+countries before 合作 (中俄蒙合作), and the partner of a
   * bilateral agreement (中韩、中新加坡等自由贸易协定). Returned as one-span mentions per member.
   */
  abbreviations(norm: string, ms: Mention[]): Mention[] {
    const covered: boolean[] = new Array(norm.length).fill(false);
    // names of bodies may hold member abbreviations (黑吉辽自由贸易试验区联盟)
    for (const m of ms)
      if (!m.id.startsWith("Organization:")) for (let i = m.cs; i < m.ce; i++) covered[i] = true;
    const out: Mention[] = [];
    const seen = new Set<string>();
    const push = (id: string, cs: number, ce: number) => {
      const k = `${id}@${cs}`;
      if (seen.has(k)) return;
      seen.add(k);
      out.push({ id, cs, ce, method: "pattern", parts: [] });
    };
    const isAbbr = (c: string) => this.cat.provinceAbbr.has(c) || this.cat.countryAbbr.has(c);
    let i = 0;
    while (i < norm.length) {
      if (covered[i] || !isAbbr(norm[i] ?? "")) {
        i++;
        continue;
      }
      let j = i;
      while (j < norm.length && !covered[j] && isAbbr(norm[j] ?? "")) j++;
      const run = norm.slice(i, j);
      const chars = [...run];
      const distinct = new Set(chars).size === chars.length;
      const before = norm.slice(Math.max(0, i - 2), i);
      const prevHan =
        i > 0 && HAN.test(norm[i - 1] ?? "") && !/[与同和对向接通至及、年]/.test(norm[i - 1] ?? "");
      if (distinct && chars.length >= 2) {
        const allProv = chars.every((c) => this.cat.provinceAbbr.has(c));
        const allCountry = chars.every((c) => this.cat.countryAbbr.has(c));
        if (
          run.startsWith("中") &&
          allCountry &&
          /^合作|^经贸|^关系|^双边|^三方|^经济/.test(
            norm.slice(j, j + 4).replace(/^经济(?=关系|合作)/, "合作"),
          )
        ) {
          chars.slice(1).forEach((c, k) => {
            push(this.cat.countryAbbr.get(c) as string, i + 1 + k, i + 2 + k);
          });
        } else if (
          chars.length === 2 &&
          allProv &&
          !run.startsWith("中") &&
          // 川渝两地, 京津协同: a pair of provinces before a regional noun
          /^(两地|两省|两省市|地区|自贸试验区|自贸区|双城|协同|一体化|合作|枢纽)/.test(norm.slice(j))
        ) {
          chars.forEach((c, k) => {
            push(this.cat.provinceAbbr.get(c) as string, i + k, i + k + 1);
          });
        } else if (
          chars.length >= 3 &&
          allProv &&
          !run.startsWith("中") &&
          // after a verb only when a regional noun follows (组建黑吉辽自由贸易试验区联盟, 推动京津冀协同发展)
          (!prevHan ||
            /^(自由贸易试验区|自贸试验区|自贸区|地区|区域|三省|四省|五省|协同|一体化|联动|等省)/.test(
              norm.slice(j),
            ))
        ) {
          chars.forEach((c, k) => {
            push(this.cat.provinceAbbr.get(c) as string, i + k, i + k + 1);
          });
        } else if (chars.length >= 3 && !prevHan && allCountry && !run.startsWith("中")) {
          // 美欧日, 美欧: beside other economies 欧 is the European Union, not the continent
          chars.forEach((c, k) => {
            const id = c === "欧" ? "Country:欧盟" : (this.cat.countryAbbr.get(c) as string);
            push(id, i + k, i + k + 1);
          });
        } else if (
          allCountry &&
          !run.startsWith("中") &&
          /(与|同|和|面向|外接|通|连接|联通|对)$/.test(before)
        ) {
          chars.forEach((c, k) => {
            push(this.cat.countryAbbr.get(c) as string, i + k, i + k + 1);
          });
        }
      }
      i = j;
    }
    // partners of bilateral agreements found by the 中X…自由贸易协定 rule
    for (const m of ms) {
      // (also the country that opens a company name: 泰国万鼎发展有限公司)
      if (!/^(Agreement|DevZone|Organization):/.test(m.id)) continue;
      for (const p of m.parts)
        if (p.id.startsWith("Country:") && p.id !== "Country:中国") push(p.id, p.cs, p.ce);
        // the agreement that names a park (RCEP国际合作产业园)
        else if (p.id.startsWith("Agreement:") && m.id.startsWith("DevZone:")) push(p.id, p.cs, p.ce);
        // the body a department belongs to (商务部服务贸易和商贸服务业司 → 商务部)
        else if (p.id.startsWith("Organization:") && m.id.startsWith("Organization:")) push(p.id, p.cs, p.ce);
    }
    return out.sort((a, b) => a.cs - b.cs || (a.id < b.id ? -1 : 1));
  }
}
