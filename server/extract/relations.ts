/**
 * Typed relationships inside one passage, from the mentions found there and trigger words of the
 * language. Every relation carries the span it was read from (used as evidence).
 */
import type { EvidenceMethod, RelType } from "../../contracts/graph";
import type { Catalog } from "./catalog";
import type { Mention } from "./recognize";

export interface FoundRelation {
  type: RelType;
  source: string;
  target: string;
  method: EvidenceMethod;
  confidence: number;
  /** Span of the clean passage text to quote (whole passage when absent). */
  cs?: number;
  ce?: number;
  /** The subject was not named in this passage: it comes from the context (heading, earlier sentence). */
  viaContext?: boolean;
}

/**
 * Subject carried over from the context of a passage: the zone/area/province of the governing
 * heading or of an earlier sentence of the paragraph. `anaphors` are spans of this passage that
 * refer to it (该区, 本片区, a bare 自贸试验区 under a heading about one zone); `triggers` is the
 * text of the previous sentence when this one only continues it (例如…), so that its trigger
 * words (对接, 加入…) apply.
 */
export interface Context {
  id: string;
  anaphors: { cs: number; ce: number }[];
  triggers?: string;
}

const typeOf = (id: string) => id.slice(0, id.indexOf(":"));
const CLAUSE = /[，；;,：:。！？!?]/;

function clauseOf(text: string, pos: number): [number, number] {
  let a = pos;
  while (a > 0 && !CLAUSE.test(text[a - 1] ?? "")) a--;
  let b = pos;
  while (b < text.length && !CLAUSE.test(text[b] ?? "")) b++;
  return [a, b];
}

function sentStartOfIn(text: string, pos: number): number {
  return (
    Math.max(
      text.lastIndexOf("。", pos - 1),
      text.lastIndexOf("！", pos - 1),
      text.lastIndexOf("？", pos - 1),
    ) + 1
  );
}

function has(text: string, re: RegExp, from = 0, to = text.length): boolean {
  return re.test(text.slice(from, to));
}

const T_BORDER = /外接|接壤|毗邻|交界|相邻|外通|邻国/;
const T_CONNECT = /奔赴|连接|通往|直达|通达|面向|辐射|抵达|发往|通欧|走向|驶向/;
const T_CORRIDOR =
  /节点|融入|依托|深耕|沿线|枢纽|纽带|参与|共建|对接|通行|途经|开行|核心|重镇|关键|桥头堡|建设|打造|拓展|运营|以.{0,12}为/;
const T_ALIGN =
  /对接|对标|申请加入|加入|先行先试|试点|落实|衔接|用好|实施|履行|参考|协同|合作产业园|规则|签署|签订|参与|缔结/;
/** What a party does with an agreement (another country is a subject of ALIGNS_WITH only with these). */
const T_PARTY = /签署|签订|参与|加入|申请加入|缔结|批准|生效/;
const T_COOP = /合作|交流|互联互通|伙伴|双园|经贸/;
const T_FOCUS =
  /聚焦|重点发展|发展|主打|打造|培育|深耕|特色|产业|布局|集聚|重点|引领|赛道|基地|突破点|突破口|关键点|着力点|主攻方向|关键领域|重点领域/;
/** With a subject carried from the context, "在X、Y等领域进行探索" also names fields of focus. */
const T_FOCUS_CTX = new RegExp(`${T_FOCUS.source}|领域`);
/** Words of a bracketed focus item (世界生物医药科技集聚区建设（上海自贸试验区）). */
const T_FOCUS_BRACKET = /建设|打造|创新|创建|集聚|发展|中心|重点|包括/;
const T_APPLY = /申建|申请设立|申报|申请建设|争取设立|推动设立|创建/;
const T_PLATFORM = /有|拥有|是|依托|设立|建设|建立|获批|包括|涵盖/;
const T_LINK = /区港联动|港区联动|陆海联动|联动|衔接|对接|联通/;

/** What may precede the subject at the start of a clause: adverbials of time and connectives. */
const CLAUSE_LEAD =
  /^[\s“"]*((\d{4}\s*年)?(\d{1,2}\s*月)?(\d{1,2}\s*日)?|目前|当前|近年来|近年|同时|此外|其中|另外|而且?|并且?|例如|如|在|位于[^，；。的]{1,10}的)[\s“"]*$/;

export function findRelations(
  norm: string,
  ms: Mention[],
  cat: Catalog,
  inTable = false,
  abbr: Mention[] = [],
  ctx?: Context,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  const ctxMentions: Mention[] = (ctx?.anaphors ?? []).map((a) => ({
    id: ctx?.id ?? "",
    cs: a.cs,
    ce: a.ce,
    method: "pattern",
    parts: [],
  }));
  const fromCtx = new Set<Mention>(ctxMentions);
  /** Mentions that may be subjects: the named ones plus the anaphors of the context subject. */
  const pool = [...ms, ...ctxMentions].sort((x, y) => x.cs - y.cs || x.ce - y.ce);
  const trigText = ctx?.triggers ? `${ctx.triggers}${norm}` : norm;
  const push = (r: FoundRelation & { subj?: Mention }) => {
    if (r.source === r.target) return;
    const { subj, ...rest } = r;
    if (subj && fromCtx.has(subj)) rest.viaContext = true;
    out.push(rest);
  };
  /** The context subject standing at the start of the clause of `m` (when nothing is named). */
  const ctxSubject = (m: Mention, types: string[]): Mention | undefined => {
    if (!ctx || !types.includes(typeOf(ctx.id))) return undefined;
    // a development zone or port named earlier in the sentence is its own subject (贵阳综保区…开行…)
    const [a] = clauseOf(norm, m.cs);
    if (ms.some((x) => x.ce <= a && /^(DevZone|Port):/.test(x.id) && x.cs - clauseOf(norm, x.cs)[0] <= 2))
      return undefined;
    // 这些项目/该企业…: the sentence has its own (unnamed) subject, not the carried zone
    if (
      /^[\s“"]*(这些|这个|这家|该|此|上述)(项目|企业|公司|平台|机构|资金|成果|园区|基地)/.test(
        norm.slice(sentStartOf(a)),
      )
    )
      return undefined;
    const pseudo: Mention = { id: ctx.id, cs: a, ce: a, method: "pattern", parts: [] };
    fromCtx.add(pseudo);
    return pseudo;
  };
  /** BORDERS targets are sovereign countries only (not blocs, world regions or continents). */
  const isCountry = (id: string) => {
    const kind = cat.get(id)?.properties.kind;
    return kind === undefined || kind === "country";
  };
  const sentStartOf = (pos: number) => sentStartOfIn(norm, pos);
  const of = (...types: string[]) => ms.filter((m) => types.includes(typeOf(m.id)));
  /** Nearest eligible subject before `m`: same clause first, else anywhere earlier in the passage. */
  const subjectBefore = (m: Mention, types: string[]): Mention | undefined => {
    const [a] = clauseOf(norm, m.cs);
    // the object of 依托/通过/借助/利用 in an earlier clause is not the subject of a later one
    // (绥芬河片区依托绥芬河铁路口岸，深度融入中蒙俄经济走廊 → 绥芬河片区)
    // (nor, in the same clause, when another verb follows it: 依托空港和综保区发展航空维修)
    const isObject = (x: Mention) =>
      /(依托|通过|借助|利用|凭借|发挥)[^，；;,：:。！？!?]*$/.test(
        norm.slice(clauseOf(norm, x.cs)[0], x.cs),
      ) &&
      (x.cs < a || /发展|打造|建设|推动|培育|做大|做强|聚焦|布局|开展/.test(norm.slice(x.ce, m.cs)));
    // a footnote with a web address run into the sentence (17山东地方政府官方网站：http://…再次，…)
    // does not provide the subject of what follows it
    const behindUrl = (x: Mention) => /https?:\/\/|www\./.test(norm.slice(x.ce, m.cs));
    // a place in brackets inside a name (中新（重庆）战略性互联互通示范项目) is no subject
    const bracketed = (x: Mention) =>
      /^(Province|City)$/.test(typeOf(x.id)) &&
      norm[x.cs - 1] === "(" &&
      norm[x.ce] === ")" &&
      /[\u4e00-\u9fff]/.test(norm[x.cs - 2] ?? "") &&
      /[\u4e00-\u9fff]/.test(norm[x.ce + 1] ?? "");
    const before = pool.filter(
      (x) => x.ce <= m.cs && types.includes(typeOf(x.id)) && !isObject(x) && !behindUrl(x) && !bracketed(x),
    );
    const inClause = before.filter((x) => x.cs >= a);
    if (inClause.length > 0) return inClause[inClause.length - 1];
    // serial clauses share the subject that opens one of them (山西已形成…，设计“太原+大同+运城”片区布局，
    // 推动RCEP国际合作产业园等平台建设，力图将绿色电力…纳入…): prefer the last clause-initial one over
    // objects named inside earlier clauses
    // (inside a quotation opened before m, only the quotation's own clauses count)
    const q = norm.lastIndexOf("“", m.cs);
    // (and only within m's own semicolon-delimited part of the sentence)
    const qFrom = Math.max(q >= 0 && norm.indexOf("”", q) > m.cs ? q : 0, norm.lastIndexOf("；", m.cs) + 1);
    const lead = before.filter(
      (x) => x.cs >= qFrom && CLAUSE_LEAD.test(norm.slice(Math.max(qFrom, clauseOf(norm, x.cs)[0]), x.cs)),
    );
    let pick = lead[lead.length - 1];
    // 在山东自贸试验区青岛片区，…: the name right behind the leading one is the subject
    for (const y of before) if (pick && y.cs === pick.ce) pick = y;
    return pick ?? before[before.length - 1] ?? ctxSubject(m, types);
  };

  /**
   * Names coordinated with `s` (云南和广西自贸试验区, 广西、云南等自贸试验区; for `places`, also
   * 上海、青岛、大连等…): the whole group of the same kind.
   */
  const coordinated = (s: Mention, places = false): Mention[] => {
    const kinds = places ? ["FreeTradeZone", "Area", "Province", "City"] : ["FreeTradeZone"];
    if (!kinds.includes(typeOf(s.id)) || fromCtx.has(s)) return [s];
    const zs = ms.filter((x) => kinds.includes(typeOf(x.id))).sort((x, y) => x.cs - y.cs);
    const i = zs.indexOf(s);
    if (i < 0) return [s];
    const group = [s];
    for (let k = i - 1; k >= 0; k--) {
      const x = zs[k] as Mention;
      const nxt = group[0] as Mention;
      if (/^[、和及与]$/.test(norm.slice(x.ce, nxt.cs))) group.unshift(x);
      else break;
    }
    for (let k = i + 1; k < zs.length; k++) {
      const x = zs[k] as Mention;
      const prv = group[group.length - 1] as Mention;
      if (/^[、和及与]$/.test(norm.slice(prv.ce, x.cs))) group.push(x);
      else break;
    }
    return group;
  };

  // Name-internal facts: 二连浩特铁路口岸 → 二连浩特, 中国（内蒙古）… → 内蒙古, 中蒙俄经济走廊 → 蒙古国, 俄罗斯.
  for (const m of ms) {
    const t = typeOf(m.id);
    for (const p of m.parts) {
      const pt = typeOf(p.id);
      if (
        (t === "Port" || t === "Area" || t === "DevZone" || t === "FreeTradeZone") &&
        (pt === "City" || pt === "Province")
      ) {
        push({
          type: "LOCATED_IN",
          source: m.id,
          target: p.id,
          method: "pattern",
          confidence: 0.9,
          cs: m.cs,
          ce: m.ce,
        });
      }
      if (t === "Port" && pt === "Country") {
        push({
          type: "LOCATED_IN",
          source: m.id,
          target: p.id,
          method: "pattern",
          confidence: 0.9,
          cs: m.cs,
          ce: m.ce,
        });
      }
      if (
        t === "Corridor" &&
        (pt === "Country" || pt === "Province" || pt === "City") &&
        p.id !== "Country:中国"
      ) {
        push({
          type: "CONNECTS",
          source: m.id,
          target: p.id,
          method: "pattern",
          confidence: 0.85,
          cs: m.cs,
          ce: m.ce,
        });
      }
    }
  }
  // 内蒙古自治区满洲里市: a city right after its province.
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a || !b) continue;
    if (typeOf(a.id) === "Province" && typeOf(b.id) === "City" && b.cs - a.ce <= 0) {
      push({
        type: "LOCATED_IN",
        source: b.id,
        target: a.id,
        method: "pattern",
        confidence: 0.9,
        cs: a.cs,
        ce: b.ce,
      });
    }
    // 中国（上海）自由贸易试验区临港新片区, 广西自贸试验区崇左片区, 上海自贸试验区（临港新片区）
    if (typeOf(a.id) === "FreeTradeZone" && typeOf(b.id) === "Area" && b.cs - a.ce <= 1) {
      push({
        type: "PART_OF",
        source: b.id,
        target: a.id,
        method: "pattern",
        confidence: 0.95,
        cs: a.cs,
        ce: b.ce,
      });
    }
  }

  // 深圳、珠海、汕头（广东省）和厦门（福建省）: cities before a bracketed province lie in it.
  for (const p of ms) {
    if (typeOf(p.id) !== "Province" || norm[p.cs - 1] !== "(" || norm[p.ce] !== ")") continue;
    let pos = p.cs - 1;
    for (;;) {
      const c = ms.find((x) => x.ce === pos && typeOf(x.id) === "City");
      if (!c) break;
      push({
        type: "LOCATED_IN",
        source: c.id,
        target: p.id,
        method: "pattern",
        confidence: 0.85,
        cs: c.cs,
        ce: p.ce + 1,
      });
      if (!/[、]/.test(norm[c.cs - 1] ?? "")) break;
      pos = c.cs - 1;
    }
  }
  // PART_OF: areas with the only zone of the passage (or with their catalog zone).
  const zones = [...new Set(of("FreeTradeZone").map((m) => m.id))];
  for (const area of of("Area")) {
    const parent = cat.get(area.id)?.parent;
    const parentId = parent ? `FreeTradeZone:${parent}` : undefined;
    if (parentId && zones.includes(parentId)) {
      push({ type: "PART_OF", source: area.id, target: parentId, method: "catalog", confidence: 0.9 });
    } else if (zones.length === 1 && zones[0] && !parentId) {
      push({
        type: "PART_OF",
        source: area.id,
        target: zones[0],
        method: "pattern",
        confidence: area.enumerated ? 0.9 : 0.75,
      });
    }
  }

  // BORDERS: 内蒙古…外接俄罗斯和蒙古 / 外接俄蒙.
  const trig = T_BORDER.exec(norm);
  if (trig) {
    // (or, for a quoted description that precedes its subject — 凭借"…外接俄蒙通欧亚"的区位优势，内蒙古… —
    // the first province after it in the sentence)
    const sentEnd = norm.slice(trig.index).search(/[。！？!?]/);
    const prov =
      ms.filter((m) => typeOf(m.id) === "Province" && m.ce <= trig.index).pop() ??
      (/^[^，；。]*[”"]的?(区位|地缘)?优势/.test(norm.slice(trig.index))
        ? ms.find(
            (m) =>
              typeOf(m.id) === "Province" &&
              m.cs > trig.index &&
              (sentEnd < 0 || m.cs < trig.index + sentEnd),
          )
        : undefined);
    if (prov) {
      const [, b] = clauseOf(norm, trig.index);
      for (const c of of("Country")) {
        if (c.cs >= trig.index && c.cs < b && c.id !== "Country:中国" && isCountry(c.id)) {
          push({
            type: "BORDERS",
            source: prov.id,
            target: c.id,
            method: "pattern",
            confidence: 0.85,
            cs: prov.cs,
            ce: c.ce,
          });
        }
      }
      // abbreviations right after the trigger: 外接俄蒙
      const after = trig.index + trig[0].length;
      for (let i = after; i < after + 3; i++) {
        const cid = cat.countryAbbr.get(norm[i] ?? "");
        if (!cid || cid === "Country:中国" || !isCountry(cid)) break;
        if (ms.some((m) => m.cs <= i && i < m.ce)) break;
        push({
          type: "BORDERS",
          source: prov.id,
          target: cid,
          method: "pattern",
          confidence: 0.8,
          cs: prov.cs,
          ce: i + 1,
        });
      }
    }
  }

  // BORDERS: 广西与越南接壤 / 黑龙江省与俄罗斯毗邻 (province + 与 + countries + trigger).
  for (const m of norm.matchAll(/与([^，；。与]{1,80}?)(接壤|毗邻|交界|相邻)/g)) {
    const at = m.index ?? 0;
    const prov = ms.filter((x) => typeOf(x.id) === "Province" && x.ce <= at && x.ce >= at - 1).pop();
    if (!prov) continue;
    for (const c of of("Country")) {
      if (c.cs > at && c.ce <= at + 1 + (m[1]?.length ?? 0) && c.id !== "Country:中国" && isCountry(c.id)) {
        push({
          type: "BORDERS",
          source: prov.id,
          target: c.id,
          method: "pattern",
          confidence: 0.85,
          cs: prov.cs,
          ce: at + m[0].length,
        });
      }
    }
  }

  // CONNECTS by trigger: 中欧班列…奔赴欧洲.
  for (const corr of of("Corridor")) {
    const [, b] = clauseOf(norm, corr.cs);
    const seg = norm.slice(corr.ce, b);
    const t = T_CONNECT.exec(seg);
    if (!t) continue;
    for (const x of ms) {
      const xt = typeOf(x.id);
      if (
        x.cs >= corr.ce + t.index &&
        x.cs < b &&
        ["Country", "City", "Port", "Province"].includes(xt) &&
        x.id !== "Country:中国"
      ) {
        push({
          type: "CONNECTS",
          source: corr.id,
          target: x.id,
          method: "pattern",
          confidence: 0.75,
          cs: corr.cs,
          ce: x.ce,
        });
      }
    }
  }

  const SUBJ = ["FreeTradeZone", "Area", "Province", "City", "Port"];
  // ON_CORRIDOR
  if (T_CORRIDOR.test(trigText)) {
    for (const corr of of("Corridor")) {
      // 为“一带一路”建设注入动能: the corridor benefits, nothing is said to lie on it
      if (/(^|[^作成列视])为["“]?$/.test(norm.slice(Math.max(0, corr.cs - 3), corr.cs))) continue;
      const s = subjectBefore(corr, SUBJ);
      if (!s) continue;
      if (corr.parts.some((p) => p.id === s.id)) continue;
      push({
        type: "ON_CORRIDOR",
        subj: s,
        source: s.id,
        target: corr.id,
        method: "pattern",
        confidence: 0.75,
        cs: s.cs,
        ce: corr.ce,
      });
    }
  }
  // ON_CORRIDOR from a locative frame: 在满洲里铁路口岸，龙门吊起落间…，中欧班列鸣笛启程 — the trains of a
  // service start, stop or clear customs at the place the sentence is set in.
  for (const c of of("Corridor")) {
    if (!/班列|班车/.test(c.id)) continue;
    const [, cb] = clauseOf(norm, c.cs);
    if (!/启程|出发|开行|始发|驶出|驶离|出境|入境|经停|通关|发车|抵达/.test(norm.slice(c.ce, cb))) continue;
    const sentA = sentStartOf(c.cs);
    const frames = pool.filter(
      (x) =>
        /^(Port|City|Area)$/.test(typeOf(x.id)) &&
        x.cs >= sentA &&
        x.ce <= c.cs &&
        norm[x.cs - 1] === "在" &&
        /^[，,]/.test(norm.slice(x.ce)),
    );
    const frame = frames[frames.length - 1];
    if (!frame) continue;
    push({
      type: "ON_CORRIDOR",
      subj: frame,
      source: frame.id,
      target: c.id,
      method: "pattern",
      confidence: 0.65,
      cs: frame.cs - 1,
      ce: cb,
    });
  }
  // ALIGNS_WITH
  if (T_ALIGN.test(trigText)) {
    // (with agreements that name a park: 推动RCEP国际合作产业园等平台建设)
    for (const ag of [...of("Agreement"), ...abbr.filter((x) => typeOf(x.id) === "Agreement")]) {
      const s = subjectBefore(ag, ["FreeTradeZone", "Area", "Province", "Country"]);
      if (!s) continue;
      // another country aligns only as a party (美国…通过签署《美墨加协定》, 新加坡…参与《DEPA》)
      if (typeOf(s.id) === "Country" && s.id !== "Country:中国" && !T_PARTY.test(norm.slice(s.ce, ag.cs)))
        continue;
      push({
        type: "ALIGNS_WITH",
        subj: s,
        source: s.id,
        target: ag.id,
        method: "pattern",
        confidence: 0.75,
        cs: s.cs,
        ce: ag.ce,
      });
    }
  }
  // ALIGNS_WITH of the parties of a bilateral agreement that is signed or in force
  // (《中国-东盟自由贸易协定》…的签署加强了双方…): 中国 and the partner named in the title.
  if (/签署|签订|生效/.test(norm)) {
    for (const ag of of("Agreement")) {
      const m = /^中国-([^-]{2,12}?)(?:全面)?(?:自由贸易|自贸|经贸合作|投资)/.exec(
        ag.id.slice("Agreement:".length),
      );
      const partner = m?.[1] ? cat.resolve(m[1], ["Country"]) : undefined;
      // parties named by abbreviations in the title (美墨加协定)
      const title = ag.id.slice("Agreement:".length);
      let n = 0;
      while (n < title.length && cat.countryAbbr.has(title[n] ?? "")) n++;
      const named =
        n >= 2 && new Set(title.slice(0, n)).size === n
          ? [...title.slice(0, n)].map((c) =>
              c === "欧" ? "Country:欧盟" : (cat.countryAbbr.get(c) as string),
            )
          : [];
      const parties = partner?.startsWith("Country:") ? ["Country:中国", partner] : named;
      if (parties.length === 0) continue;
      const [a0, b] = clauseOf(norm, ag.ce);
      if (!/签署|签订|生效/.test(norm.slice(named.length > 0 ? a0 : ag.ce, b + 1))) continue;
      for (const party of parties)
        push({
          type: "ALIGNS_WITH",
          source: party,
          target: ag.id,
          method: "pattern",
          confidence: 0.7,
          cs: ag.cs,
          ce: b,
        });
    }
  }
  // COOPERATES_WITH: 面向俄罗斯和蒙古国(开放), 深化与俄蒙互联互通, 依托中俄蒙合作, 中国与欧亚经济联盟的经贸合作.
  const countries = [...of("Country"), ...abbr.filter((m) => typeOf(m.id) === "Country")]
    .filter((c) => c.id !== "Country:中国")
    .sort((x, y) => x.cs - y.cs);
  /** Text between two offsets is only a list of countries (、和与及 between names). */
  const onlyList = (from: number, to: number) => {
    let rest = "";
    for (let i = from; i < to; i++) if (!countries.some((c) => c.cs <= i && i < c.ce)) rest += norm[i];
    return /^[、和与及\s]*$/.test(rest);
  };
  /** Text after the list of countries that `c` belongs to, up to `b`. */
  const tailAfterList = (c: Mention, b: number) => {
    let e = c.ce;
    for (const x of countries) if (x.cs >= e && x.cs < b && onlyList(e, x.cs)) e = x.ce;
    return norm.slice(e, b);
  };
  for (const c of countries) {
    const [a, b] = clauseOf(norm, c.cs);
    const head = norm.slice(a, c.cs);
    let trig = -1;
    let kind = "";
    for (const m of head.matchAll(/面向|与|同|吸引|向|中国和/g)) {
      const at = a + (m.index ?? 0);
      if (onlyList(at + m[0].length, c.cs)) {
        trig = at;
        kind = m[0];
        break;
      }
    }
    // 中俄蒙合作: the 中 right before the abbreviations
    if (trig < 0 && abbr.includes(c)) {
      let k = c.cs - 1;
      while (k >= a && countries.some((x) => x.cs <= k && k < x.ce)) k--;
      if (
        norm[k] === "中" &&
        /^合作|^经贸|^经济关系/.test(
          norm.slice(c.ce).replace(/^[\u4e00-\u9fff]{0,2}?(?=合作|经贸|经济关系)/, ""),
        )
      ) {
        trig = k;
        kind = "中";
      }
    }
    if (trig < 0) continue;
    // (for 中俄蒙合作 / 中非经济关系 the cooperation word was checked with the abbreviations)
    if ((kind === "与" || kind === "同" || kind === "中国和") && !has(norm, T_COOP, c.ce, b)) continue;
    // 吸引东南亚和南亚地区企业: partners whose firms are attracted
    if (
      kind === "吸引" &&
      !/^[、和与及\s]*(等)?(国家|地区)?(的)?(企业|投资|客商|资本)/.test(tailAfterList(c, b))
    )
      continue;
    // 向东盟等地区布局海外仓, 从马来西亚向新加坡、印尼、文莱等国家拓展
    if (
      kind === "向" &&
      !/^[、和与及\s]*(等)?(国家|地区|成员国)?(布局|拓展|延伸|扩展|出口|开放)/.test(tailAfterList(c, b))
    )
      continue;
    if (kind === "面向") {
      // skip the rest of the list, then expect 开放/的/等…; 面向东盟的<corridor> is CONNECTS, not cooperation
      let e = c.ce;
      for (const x of countries) if (x.cs >= e && onlyList(e, x.cs) && x.cs < b) e = x.ce;
      const tail = norm.slice(e, b);
      if (!/^[、和与及\s]*(开放|的|等|国家|地区|市场|合作)/.test(tail) && tail.trim() !== "") continue;
      if (/^的/.test(tail) && ms.some((x) => typeOf(x.id) === "Corridor" && x.cs >= e && x.cs <= e + 3))
        continue;
      // 中老跨境公路班车的开通，更打通了面向东盟的陆路通道: the corridor connects, nobody cooperates
      const corrBefore = ms.filter(
        (x) => typeOf(x.id) === "Corridor" && x.ce <= trig && x.cs >= sentStartOf(trig),
      );
      const lastCorr = corrBefore[corrBefore.length - 1];
      if (/^的[^，；。]{0,6}(通道|走廊|线路|航线)/.test(tail) && lastCorr) {
        push({
          type: "CONNECTS",
          source: lastCorr.id,
          target: c.id,
          method: "pattern",
          confidence: 0.7,
          cs: lastCorr.cs,
          ce: c.ce,
        });
        continue;
      }
    }
    // subject: nearest zone/area/province/city before the trigger in the sentence, else earlier in the passage
    const sentStart =
      Math.max(norm.lastIndexOf("。", trig), norm.lastIndexOf("！", trig), norm.lastIndexOf("？", trig)) + 1;
    const eligible = (x: Mention) =>
      x.ce <= trig && ["FreeTradeZone", "Area", "Province", "City"].includes(typeOf(x.id));
    const inSent = pool.filter((x) => eligible(x) && x.cs >= sentStart);
    // (the same subject choice as the other relations when the sentence names one: objects of 依托,
    // places bracketed inside names and serial clauses are handled there)
    let s =
      inSent.length > 0
        ? (subjectBefore({ ...c, cs: trig, ce: trig }, ["FreeTradeZone", "Area", "Province", "City"]) ??
          inSent[inSent.length - 1])
        : undefined;
    // 中国与欧亚经济联盟: China right before 与
    const cn = ms.find((x) => x.id === "Country:中国" && x.ce === trig);
    if (cn && (kind === "与" || kind === "同")) s = cn;
    if (!s) {
      const earlier = pool.filter(eligible);
      s = earlier[earlier.length - 1];
    }
    if (!s) s = ctxSubject({ ...c, cs: trig }, ["FreeTradeZone", "Area", "Province", "City"]);
    if (!s) continue;
    for (const g of coordinated(s))
      push({
        type: "COOPERATES_WITH",
        subj: g,
        source: g.id,
        target: c.id,
        method: "pattern",
        confidence: 0.7,
        cs: Math.min(g.cs, trig),
        ce: c.ce,
      });
  }
  // FOCUSES_ON (table rows have their own, line-based rule)
  for (const ind of inTable ? [] : of("Industry")) {
    // 世界生物医药科技集聚区建设（上海自贸试验区）: the zones in brackets closing the item's list
    // element are its subjects
    let e = ind.ce;
    while (e < norm.length && !/[、，；;,。！？!?(]/.test(norm[e] ?? "") && e - ind.ce <= 12) e++;
    if (norm[e] === "(") {
      const close = norm.indexOf(")", e);
      const inside =
        close > e ? ms.filter((x) => x.cs > e && x.ce <= close && /^(FreeTradeZone|Area):/.test(x.id)) : [];
      if (inside.length > 0 && has(norm, T_FOCUS_BRACKET, clauseOf(norm, ind.cs)[0], e)) {
        for (const z of inside)
          push({
            type: "FOCUSES_ON",
            source: z.id,
            target: ind.id,
            method: "pattern",
            confidence: 0.7,
            cs: ind.cs,
            ce: close + 1,
          });
        continue;
      }
      if (inside.length > 0) continue;
    }
    const s = subjectBefore(ind, ["FreeTradeZone", "Area", "Province", "City", "DevZone"]);
    if (!s) continue;
    // 涉及产业园区建设、数字经济…: a kind of development zone being built is an object, not a subject
    if (cat.get(s.id)?.properties.kind === "category" && /^(建设|开发)/.test(norm.slice(s.ce))) continue;
    if (!has(norm, fromCtx.has(s) ? T_FOCUS_CTX : T_FOCUS, s.cs, clauseOf(norm, ind.cs)[1])) continue;
    // 深化与俄蒙在教育、科技、旅游等领域的文化交流: fields of cooperation, not of focus
    const [ia, ib] = clauseOf(norm, ind.cs);
    if (fromCtx.has(s) && /(与|同)[^，；。]*(合作|交流)/.test(norm.slice(ia, ib))) continue;
    // 农业合作, 旅游交流: a field of cooperation, not of focus
    if (/^(合作|交流)/.test(norm.slice(ind.ce))) continue;
    // 上海、青岛、大连等也都出台…促进新型离岸贸易发展: every member of a coordinated subject
    for (const x of coordinated(s, true))
      push({
        type: "FOCUSES_ON",
        subj: x,
        source: x.id,
        target: ind.id,
        method: "pattern",
        confidence: 0.7,
        cs: Math.min(x.cs, s.cs),
        ce: ind.ce,
      });
  }
  // Fields before the places that develop them: 在集成电路、人工智能等新一代信息技术领域，重点支持上海、
  // 北京、武汉等；在新能源汽车领域，重点支持上海、武汉等.
  for (const f of norm.matchAll(
    /在([^，；;。]{2,80}?)(领域|产业|方面)[，,]\s*(重点|着力|优先|积极)?(支持|布局|鼓励|推动|发展)/g,
  )) {
    const fa = (f.index ?? 0) + 1;
    const fb = fa + (f[1] ?? "").length + (f[2] ?? "").length;
    const va = (f.index ?? 0) + f[0].length;
    const [, vb] = clauseOf(norm, va);
    const fields = ms.filter((x) => typeOf(x.id) === "Industry" && x.cs >= fa && x.ce <= fb);
    const places = ms.filter(
      (x) => /^(Province|City|FreeTradeZone|Area)$/.test(typeOf(x.id)) && x.cs >= va && x.ce <= vb,
    );
    for (const p of places)
      for (const ind of fields)
        push({
          type: "FOCUSES_ON",
          source: p.id,
          target: ind.id,
          method: "pattern",
          confidence: 0.7,
          cs: f.index ?? 0,
          ce: p.ce,
        });
  }
  // APPLIES_FOR: the trigger must govern the zone — 申建中国（甘肃）自由贸易试验区, 推动设立吉林自由贸易试验区,
  // 自贸区申建 — not merely stand in the same passage (创建知识产权保护新机制（浙江自贸试验区）).
  const APPLY_G = new RegExp(T_APPLY.source, "g");
  const applyObj = (from: number, to: number) => {
    for (const t of norm.slice(from, to).matchAll(APPLY_G)) {
      const end = from + (t.index ?? 0) + t[0].length;
      if (/^[^，；;,：:。！？!?、（）()“”"]{0,4}$/.test(norm.slice(end, to))) return true;
    }
    return false;
  };
  if (T_APPLY.test(norm)) {
    for (const z of of("FreeTradeZone")) {
      const [za] = clauseOf(norm, z.cs);
      if (!applyObj(za, z.cs) && !/^的?(申建|申报|申请)/.test(norm.slice(z.ce, z.ce + 3))) continue;
      const prov = z.parts.find((p) => typeOf(p.id) === "Province")?.id ?? provinceOfZone(z.id, cat);
      if (prov)
        push({
          type: "APPLIES_FOR",
          source: prov,
          target: z.id,
          method: "pattern",
          confidence: 0.85,
          cs: z.cs,
          ce: z.ce,
        });
    }
    const generic =
      /(申建|申请设立|申报|申请建设|争取设立|推动设立)(中国)?(自由贸易试验区|自贸试验区|自贸区)|(自由贸易试验区|自贸试验区|自贸区)(的)?(申建|申报)/;
    if (zones.length === 0 && generic.test(norm)) {
      for (const p of of("Province")) {
        const e = cat.get(p.id);
        const short = e?.aliases.find((a) => e.name.startsWith(a) && a.length >= 2) ?? e?.name;
        const zid = `FreeTradeZone:中国（${short}）自由贸易试验区`;
        if (cat.get(zid))
          push({
            type: "APPLIES_FOR",
            source: p.id,
            target: zid,
            method: "pattern",
            confidence: 0.7,
            cs: p.cs,
            ce: p.ce,
          });
      }
    }
  }
  // HAS_PLATFORM
  if (T_PLATFORM.test(trigText)) {
    for (const d of of("DevZone")) {
      if (cat.get(d.id)?.properties.kind === "category") continue;
      const s = subjectBefore(d, ["FreeTradeZone", "Area", "Province", "City"]);
      if (!s) continue;
      if (d.parts.some((p) => p.id === s.id)) continue;
      push({
        type: "HAS_PLATFORM",
        subj: s,
        source: s.id,
        target: d.id,
        method: "pattern",
        confidence: 0.75,
        cs: s.cs,
        ce: d.ce,
      });
    }
  }
  // LINKED_PORT of an area or zone that rests on its ports: 崇左片区依托凭祥口岸和友谊关口岸，…;
  // 福建自贸试验区将统筹厦门港、福州港两大港口资源. The ports are the object of the verb.
  for (const v of norm.matchAll(/依托|背靠|统筹|将[^，；。]{0,4}?纳入/g)) {
    const at = v.index ?? 0;
    const [ca, cb] = clauseOf(norm, at);
    const subj = ms
      .filter((x) => /^(Area|FreeTradeZone)$/.test(typeOf(x.id)) && x.ce <= at && x.cs >= ca)
      .pop();
    if (!subj || !/^[\s]*(则|将|还|也|正|已)?[\s]*$/.test(norm.slice(subj.ce, at))) continue;
    // the object runs up to the next verb of the clause
    const rest = norm.slice(at + v[0].length, cb);
    const stop = rest.search(/推动|发展|重点|打造|建设|形成|开展|实现|是|深度|积极|加快|联动发展/);
    const end = at + v[0].length + (stop < 0 ? rest.length : stop);
    for (const p of ms)
      if (typeOf(p.id) === "Port" && p.cs >= at && p.ce <= end)
        push({
          type: "LINKED_PORT",
          source: subj.id,
          target: p.id,
          method: "pattern",
          confidence: 0.7,
          cs: subj.cs,
          ce: p.ce,
        });
  }
  // LINKED_PORT
  if (T_LINK.test(norm)) {
    for (const p of of("Port")) {
      // the linking word must be in the port's own clause (加强与天津港、唐山港等港口陆海联动)
      const [pa, pb] = clauseOf(norm, p.cs);
      if (!T_LINK.test(norm.slice(pa, pb))) continue;
      const s = subjectBefore(p, ["Area", "DevZone", "FreeTradeZone"]);
      if (!s) continue;
      push({
        type: "LINKED_PORT",
        subj: s,
        source: s.id,
        target: p.id,
        method: "pattern",
        confidence: 0.75,
        cs: s.cs,
        ce: p.ce,
      });
    }
  }
  return out;
}

function provinceOfZone(zoneId: string, cat: Catalog): string | undefined {
  const parent = cat.get(zoneId)?.parent;
  if (parent) return `Province:${parent}`;
  const m = /^FreeTradeZone:中国（(.+)）/.exec(zoneId);
  const id = m?.[1] ? cat.places.get(m[1]) : undefined;
  return id?.startsWith("Province:") ? id : undefined;
}
