import { describe, expect, it } from "vitest";
import { customsAndCompanies } from "../../../../../server/extract/entities/customs-and-companies";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule customs-and-companies", () => {
  it("reads X海关 and place-led company names", () => {
    expect(mentionsBy([customsAndCompanies], "南昌海关支持江西赣锋锂业集团有限公司出口。")).toEqual([
      "Organization:南昌海关@南昌海关",
      "Organization:江西赣锋锂业集团有限公司@江西赣锋锂业集团有限公司",
    ]);
  });

  it("gives no company for a description", () => {
    expect(mentionsBy([customsAndCompanies], "可与香港和新加坡媲美的领先跨国公司。")).toEqual([
      "Province:香港特别行政区@香港",
      "Country:新加坡@新加坡",
    ]);
  });

  it("gives no company for a place and a count of firms (三家公司, 十余家集团)", () => {
    const orgs = (t: string) =>
      idsBy([customsAndCompanies], t).filter((id) => id.startsWith("Organization:"));
    expect(orgs("苏州三家公司获评示范企业。")).toEqual([]);
    expect(orgs("厦门十余家集团参加展会。")).toEqual([]);
    expect(orgs("苏州工业园区有限公司发布公告。")).not.toEqual([]);
  });

  it("gives no company for a class of firms in apposition (…领军企业X公司)", () => {
    expect(
      idsBy([customsAndCompanies], "中国光伏领军企业晶海公司的基地开工。").filter((i) =>
        i.startsWith("Organization:"),
      ),
    ).toEqual([]);
  });

  it("reads a place-led group, not the alias inside it", () => {
    expect(mentionsBy([customsAndCompanies], "上海临港集团投资建设新项目。")).toEqual([
      "Organization:上海临港集团@上海临港集团",
    ]);
  });

  it("starts a company at the first place that opens a clean name, and reads no verb phrase", () => {
    expect(mentionsBy([customsAndCompanies], "中国铁路兰州局集团有限公司通报了运量。")).toEqual([
      "Organization:中国铁路兰州局集团有限公司@中国铁路兰州局集团有限公司",
    ]);
    expect(mentionsBy([customsAndCompanies], "中国铁路和林格尔物流集团有限公司开通新线。")).toEqual([
      "Organization:中国铁路和林格尔物流集团有限公司@中国铁路和林格尔物流集团有限公司",
    ]);
    expect(mentionsBy([customsAndCompanies], "他在天津以视频方式出席东方集团的年会。")).toEqual([
      "Province:天津市@天津",
    ]);
  });

  it("leaves a foreign country out of a company led by its own city, not China out of a Chinese one", () => {
    const orgs = (t: string) =>
      mentionsBy([customsAndCompanies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("收购了越南河内港口公司的股份。")).toEqual(["Organization:河内港口公司@河内港口公司"]);
    expect(orgs("中国上海外高桥集团参与投资。")).toEqual([
      "Organization:中国上海外高桥集团@中国上海外高桥集团",
    ]);
  });

  it("reads no customs body from a phrase counting several places' customs", () => {
    const orgs = (t: string) =>
      mentionsBy([customsAndCompanies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("中国与新西兰两国海关签署互认安排。")).toEqual([]);
    expect(orgs("中老双方海关加强合作，昆明海关表示欢迎。")).toEqual(["Organization:昆明海关@昆明海关"]);
  });

  it("keeps a parent company's short name before the place, never a verb, time word or class of firms", () => {
    const orgs = (t: string) =>
      mentionsBy([customsAndCompanies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("据国铁昆明局物流公司介绍，班列运行平稳。")).toEqual([
      "Organization:国铁昆明局物流公司@国铁昆明局物流公司",
    ]);
    expect(orgs("支持昆明物流公司发展。")).toEqual(["Organization:昆明物流公司@昆明物流公司"]);
    expect(orgs("日前昆明物流公司表示。")).toEqual(["Organization:昆明物流公司@昆明物流公司"]);
    expect(orgs("跨境电商企业昆明云品贸易有限公司落户。")).toEqual([
      "Organization:昆明云品贸易有限公司@昆明云品贸易有限公司",
    ]);
  });
});

describe("company and customs boundaries (a preposition before a place, 建设 as a business line, 等海关)", () => {
  it("starts a company at the place after 由/经/至, not at an earlier place of the clause", () => {
    expect(
      mentionsBy([customsAndCompanies], "塔什干线路由成都国际铁路港投资发展有限公司承运。").filter((m) =>
        m.startsWith("Organization:"),
      ),
    ).toEqual(["Organization:成都国际铁路港投资发展有限公司@成都国际铁路港投资发展有限公司"]);
    // 和 joins two firms: the earlier place does not lead the second one's name
    expect(mentionsBy([customsAndCompanies], "货物经天津港转运至太原市城市建设投资集团有限公司。")).toContain(
      "Organization:太原市城市建设投资集团有限公司@太原市城市建设投资集团有限公司",
    );
  });

  it("keeps 建设 as a verb out of names, and reads no body from a list of customs closed by 等", () => {
    expect(
      mentionsBy([customsAndCompanies], "兰州加快建设集团总部基地。").filter((m) =>
        m.startsWith("Organization:"),
      ),
    ).toEqual([]);
    expect(
      mentionsBy([customsAndCompanies], "中国已与新西兰、智利等海关签署互认安排。").filter((m) =>
        m.startsWith("Organization:"),
      ),
    ).toEqual([]);
  });

  it("reads no company from a count of firms (某某和某国路桥两大集团)", () => {
    expect(idsBy([customsAndCompanies], "该企业由中国路桥两大集团合并而成。")).not.toContain(
      "Organization:中国路桥两大集团",
    );
    expect(idsBy([customsAndCompanies], "湖南三大集团联合发布倡议。")).not.toContain(
      "Organization:湖南三大集团",
    );
    // kept: a place-led group whose name holds no count
    expect(idsBy([customsAndCompanies], "湖南大海集团联合发布倡议。")).toContain("Organization:湖南大海集团");
  });

  it("reads no company across 同/跟 after a company's head (甲集团同乙集团; review21i #11)", () => {
    const ids = idsBy([customsAndCompanies], "湖南大海集团同江西远帆集团签署协议。");
    expect(ids).toContain("Organization:湖南大海集团");
    expect(ids).not.toContain("Organization:湖南大海集团同江西远帆集团");
    expect(idsBy([customsAndCompanies], "北京同仁集团发布公告。")).toContain("Organization:北京同仁集团");
  });

  it("starts no company at a place before a visit verb (某市拜访某省港口集团, 走访, 会见)", () => {
    const cases: [string, string][] = [
      ["考察团赴厦门拜访福建省远航集团。", "厦门拜访福建省远航集团"],
      ["代表团在成都走访四川远达公司。", "成都走访四川远达公司"],
      ["市长在杭州会见浙江远通集团客人。", "杭州会见浙江远通集团"],
    ];
    for (const [text, wrong] of cases)
      expect(idsBy([customsAndCompanies], text)).not.toContain(`Organization:${wrong}`);
    // kept: the company led by the place after the verb
    expect(idsBy([customsAndCompanies], "考察团赴厦门拜访福建省远航集团。")).toContain(
      "Organization:福建省远航集团",
    );
    // the place before the verb stays a place (not swallowed into the company's name)
    expect(idsBy([customsAndCompanies], "市长在杭州会见浙江远通集团客人。")).toContain("City:杭州");
  });

  it("starts no company at a place before a verb that makes the group its object (联合成立, 共同组建)", () => {
    const orgs = (t: string) =>
      mentionsBy([customsAndCompanies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("九江港联合成立江西港口集团有限公司。")).toEqual([
      "Organization:江西港口集团有限公司@江西港口集团有限公司",
    ]);
    expect(orgs("芜湖港共同组建安徽省港航集团。")).toEqual(["Organization:安徽省港航集团@安徽省港航集团"]);
  });
});
