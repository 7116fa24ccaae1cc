import { LIST_JOIN } from "../clauses";
import type { Mention } from "../entities/types";
import { ADMIN_SUFFIX, FOREIGN_REGION_HEADS } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import type { RelationRule } from "./types";

/** A county, district or banner: a City whose name ends with 县, 区 or 旗 (autonomous ones may be long). */
const COUNTY = /^City:([\u4e00-\u9fff]{1,6}[县区旗]|[\u4e00-\u9fff]{2,12}自治[县旗])$/;
/**
 * A "city" named as a foreign first-level region (魁北克省, 忠清北道, 蒙巴萨郡): no prefecture, so what
 * follows it is no county of its own (加拿大魁北克省沙威尼根市 places nothing in 魁北克省).
 */
const REGION_NAME = new RegExp(`^City:[\\u4e00-\\u9fff]{2,}(${FOREIGN_REGION_HEADS})$`);
/** An administrative suffix right after a city's name (舟山市…, 红河州…, 喀什地区…). */
const SUFFIX_NEXT = new RegExp(`^(${ADMIN_SUFFIX})`);
/** A county-level city written with 市 right after its prefecture (临汾侯马市, 苏州昆山市). */
const countyCity = (norm: string, cs: number, ce: number) =>
  norm[ce - 1] === "市" ? ce - cs >= 3 : norm[ce] === "市" && ce - cs >= 2;

/**
 * Between a city and a county right after it: nothing, 的, a space, or the city's own suffix (日喀则市吉隆县,
 * 喀什地区疏附县, 红河哈尼族彝族自治州河口县).
 */
const COUNTY_GAP = new RegExp(`^(的| |${ADMIN_SUFFIX}|[\\u4e00-\\u9fff]{0,8}自治州)?$`);

/**
 * The cities listed after the first one a province is written before (山东济南、青岛、淄博、临沂): the
 * province scopes the list. Only cities the catalog puts in that province, up to the first that is not.
 */
function listedCities(rc: RelationContext, province: Mention, first: number): void {
  const { ms, norm, cat, push } = rc;
  for (let k = first + 1; k < ms.length; k++) {
    const prev = ms[k - 1];
    const c = ms[k];
    if (!prev || !c || typeOf(c.id) !== "City" || !LIST_JOIN.test(norm.slice(prev.ce, c.cs))) return;
    if (`Province:${cat.get(c.id)?.parent}` !== province.id) return;
    push({
      type: "LOCATED_IN",
      source: c.id,
      target: province.id,
      method: "pattern",
      confidence: 0.85,
      cs: province.cs,
      ce: c.ce,
    });
  }
}

/**
 * A city written at the start of the name `b` right after the province `a` lies in it (浙江省舟山市政协; the
 * whole name is quoted).
 */
function partCity(rc: RelationContext, a: Mention, b: Mention): void {
  const { norm, cat, push } = rc;
  // (a port's city is a target of the port only: 广西钦州港 says nothing of 钦州 itself)
  if (/^(City|Port)$/.test(typeOf(b.id)) || !/^(的| )?$/.test(norm.slice(a.ce, b.cs))) return;
  const c = b.parts.find((p) => p.cs === b.cs && typeOf(p.id) === "City");
  const parent = c ? cat.get(c.id)?.parent : undefined;
  if (!c || (parent !== undefined && `Province:${parent}` !== a.id)) return;
  // the city is named itself only with its suffix (舟山市政协) or as a route's end (黄桶至百色铁路); a bare
  // place word opening a body's or zone's name (广东湛江海关, 陕西杨凌示范区) only modifies that name
  const suffixed = c.ce - c.cs > c.id.length - "City:".length || SUFFIX_NEXT.test(norm.slice(c.ce));
  if (!suffixed && typeOf(b.id) !== "Corridor") return;
  push({
    type: "LOCATED_IN",
    source: c.id,
    target: a.id,
    method: "pattern",
    confidence: 0.85,
    cs: a.cs,
    ce: b.ce,
  });
}

/**
 * The city `ms[i]` is a foreign region, so what follows it is no county of its own: a region read as a city
 * (加拿大魁北克省沙威尼根市), or a city written right after a foreign country (韩国忠清北道忠州市, 老挝万象省
 * 万荣县); the annotations place such a town in nothing.
 */
function townOfForeignRegion(rc: RelationContext, i: number): boolean {
  const c = rc.ms[i - 1];
  const a = rc.ms[i];
  if (!a) return false;
  if (REGION_NAME.test(a.id)) return true;
  return (
    !!c &&
    typeOf(c.id) === "Country" &&
    c.id !== "Country:中国" &&
    /^(的| )?$/.test(rc.norm.slice(c.ce, a.cs))
  );
}

/**
 * 内蒙古自治区满洲里市, 福建的厦门: a city right after its province (and the cities listed after it,
 * 山东济南、青岛、淄博); 石家庄高邑县: a county right after its city; 广西自贸试验区崇左片区: an area right
 * after its zone.
 */
export const adjacentNames: RelationRule = {
  name: "adjacent-names",
  types: ["LOCATED_IN", "PART_OF"],
  find(rc) {
    const { ms, norm, cat, push } = rc;
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i];
      const b = ms[i + 1];
      if (!a || !b) continue;
      // (also 福建的厦门 and the address form 辽宁 大连; the catalog may only veto a city it puts in
      // another province)
      const parent = cat.get(b.id)?.parent;
      const other = parent !== undefined && `Province:${parent}` !== a.id;
      // (a county or district right after its city: 石家庄高邑县, 成都市双流区)
      const county =
        typeOf(a.id) === "City" &&
        (COUNTY.test(b.id) || countyCity(norm, b.cs, b.ce)) &&
        !townOfForeignRegion(rc, i);
      if (
        ((typeOf(a.id) === "Province" && !other) || county) &&
        typeOf(b.id) === "City" &&
        (county ? COUNTY_GAP : /^(的| )?$/).test(norm.slice(a.ce, b.cs))
      ) {
        push({
          type: "LOCATED_IN",
          source: b.id,
          target: a.id,
          method: "pattern",
          confidence: 0.9,
          cs: a.cs,
          ce: b.ce,
        });
        // (江西省赣州市南康区: the county lies in its city only, the city in the province; the annotations
        // read such a chain link by link, so the county gets no LOCATED_IN to the province)
        if (typeOf(a.id) === "Province") listedCities(rc, a, i + 1);
      }
      // 浙江省舟山市政协, 贵州黄桶至广西百色铁路: a city that opens a name right after its province
      if (typeOf(a.id) === "Province" && !other) partCity(rc, a, b);
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
  },
};
