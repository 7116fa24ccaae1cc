import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface".
describe("entity rule world-countries", () => {
  it("reads countries the catalog does not hold, in lists and after a verb", () => {
    expect(mentionsBy([worldCountries], "代表团先后出访摩洛哥、突尼斯和约旦三国。")).toEqual([
      "Country:摩洛哥@摩洛哥",
      "Country:突尼斯@突尼斯",
      "Country:约旦@约旦",
    ]);
    expect(mentionsBy([worldCountries], "该港开通了至乌拉圭的航线。")).toEqual(["Country:乌拉圭@乌拉圭"]);
  });

  it("reads the names used in Taiwan and Hong Kong as the catalogued or canonical country", () => {
    expect(mentionsBy([worldCountries], "寮國與星國均為東協成員。")).toEqual([
      "Country:老挝@寮國",
      "Country:新加坡@星國",
      "Country:东盟@東協",
    ]);
    expect(mentionsBy([worldCountries], "南韓企業赴坦尚尼亞投資。")).toEqual([
      "Country:韩国@南韓",
      "Country:坦桑尼亚@坦尚尼亞",
    ]);
  });

  it("reads no two-character name inside a word, nor an ethnic group or a banner", () => {
    expect(mentionsBy([worldCountries], "沿海地区增加纳税服务网点。")).toEqual([]);
    expect(mentionsBy([worldCountries], "赤峰市巴林右旗的朝鲜族居民。")).not.toContain("Country:巴林@巴林");
  });

  it("registers an unseen country with its English name and kind country", () => {
    const rec = new Recognizer(loadCatalog(), [worldCountries]);
    rec.recognize(normalize("双方与科威特签署协议。"));
    const e = rec.cat.get("Country:科威特");
    expect(e?.nameEn).toBe("Kuwait");
    expect(e?.properties.kind).toBe("country");
  });

  it("reads world regions with kind region", () => {
    expect(mentionsBy([worldCountries], "面向西非、中东欧和海湾国家市场。")).toEqual([
      "Country:西非@西非",
      "Country:中东欧@中东欧",
      "Country:海湾国家@海湾国家",
    ]);
    const rec = new Recognizer(loadCatalog(), [worldCountries]);
    rec.recognize(normalize("开辟至地中海的航线。"));
    expect(rec.cat.get("Country:地中海")?.properties.kind).toBe("region");
  });

  it("reads the continents 美洲 and 欧洲大陆 as written, and the former 苏联", () => {
    expect(mentionsBy([worldCountries], "该机场开通了飞往美洲地区的货运航线。")).toEqual([
      "Country:美洲@美洲",
    ]);
    expect(mentionsBy([worldCountries], "这是该国首次与欧洲大陆国家签署此类协定。")).toEqual([
      "Country:欧洲大陆@欧洲大陆",
    ]);
    expect(mentionsBy([worldCountries], "自两地与前苏联恢复易货贸易以来。")).toEqual(["Country:苏联@前苏联"]);
    // (the longer regions keep their own names; 江苏联合 holds no 苏联)
    expect(mentionsBy([worldCountries], "企业在南美洲设点。")).toEqual(["Country:南美洲@南美洲"]);
    expect(mentionsBy([worldCountries], "企业在拉丁美洲和中美洲设点。")).not.toContain("Country:美洲@美洲");
    expect(mentionsBy([worldCountries], "江苏联合运输公司开通新线。")).toEqual([]);
    // (an animal named after the continent is no region: world-countries.json notAfter)
    expect(mentionsBy([worldCountries], "美洲豹汽车在当地开设展厅，园内还饲养了美洲驼。")).toEqual([]);
    const rec = new Recognizer(loadCatalog(), [worldCountries]);
    rec.recognize(normalize("辐射欧洲、联通美洲。"));
    expect(rec.cat.get("Country:美洲")?.properties.kind).toBe("region");
  });

  it("reads no continent inside a body's name (美洲开发银行, 美洲国家组织; mend of release 28)", () => {
    expect(mentionsBy([worldCountries], "美洲开发银行代表团昨日抵达。")).toEqual([]);
    expect(mentionsBy([worldCountries], "双方在美洲国家组织框架下磋商。")).toEqual([]);
    // (美洲国家 "the countries of the Americas" stays the region)
    expect(mentionsBy([worldCountries], "该省与美洲国家开展合作。")).toEqual(["Country:美洲@美洲"]);
  });

  it("reads groupings and blocs that act as parties, and their short forms", () => {
    expect(mentionsBy([worldCountries], "加强与葡语系国家和金砖国家合作，非盟代表出席。")).toEqual([
      "Country:葡语国家@葡语系国家",
      "Country:金砖国家@金砖国家",
      "Country:非洲联盟@非盟",
    ]);
  });
});
