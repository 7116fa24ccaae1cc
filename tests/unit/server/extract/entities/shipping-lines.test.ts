import { describe, expect, it } from "vitest";
import { shippingLines } from "../../../../../server/extract/entities/shipping-lines";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule shipping-lines", () => {
  it("reads a line named by a known place and its trade word as a firm, not a sea and a sector", () => {
    // (地中海 is a place of the world-countries lexicon)
    expect(mentionsBy([worldCountries, shippingLines], "地中海航运首次在青岛港开行新航线。")).toEqual([
      "Organization:地中海航运@地中海航运",
      "Port:青岛港@青岛港",
    ]);
  });

  it("reads short names in a list of firms or before a legal form", () => {
    expect(mentionsBy([shippingLines], "该航线由泰丰航运、鸿海海运公司联合运营。")).toEqual([
      "Organization:泰丰航运@泰丰航运",
      "Organization:鸿海海运公司@鸿海海运公司",
    ]);
  });

  it("reads a short name followed by the count of firms, a partner it runs a line with, or its rank", () => {
    const firms = (t: string) => mentionsBy([shippingLines], t).filter((m) => m.startsWith("Organization:"));
    expect(firms("该航线由泰丰航运、鸿达航运2家船公司运营。")).toEqual([
      "Organization:泰丰航运@泰丰航运",
      "Organization:鸿达航运@鸿达航运",
    ]);
    expect(firms("本次航线由鸿达航运联合两家港口企业开通。")).toEqual(["Organization:鸿达航运@鸿达航运"]);
    expect(firms("榜单中,鸿达航运排名第30位。")).toEqual(["Organization:鸿达航运@鸿达航运"]);
    expect(firms("该市推动航运联合发展。")).toEqual([]);
  });

  it("reads no firm in a trade phrase or after a time word", () => {
    const firms = (t: string) => mentionsBy([shippingLines], t).filter((m) => m.startsWith("Organization:"));
    expect(firms("发展国际航运、远洋海运等产业。")).toEqual([]);
    expect(firms("此前海运公司很少。")).toEqual([]);
    expect(firms("过去船务公司不多。")).toEqual([]);
  });

  it("reads no firm when a known place and its trade word are followed by a particle, a verb or a conjunction", () => {
    const firms = (t: string) =>
      mentionsBy([worldCountries, shippingLines], t).filter((m) => m.startsWith("Organization:"));
    expect(firms("日本海运的发展很快。")).toEqual([]);
    expect(firms("近年来越南海运在东南亚增长。")).toEqual([]);
    expect(firms("泰国海运是当地的支柱。")).toEqual([]);
    expect(firms("日本海运和韩国海运都在增长。")).toEqual([]);
  });

  it("reads a short name that signs with or joins a firm, or stands alone in brackets, as a firm", () => {
    const firms = (t: string) => mentionsBy([shippingLines], t).filter((m) => m.startsWith("Organization:"));
    expect(firms("鸿达航运与某某集团签署合作协议。")).toEqual(["Organization:鸿达航运@鸿达航运"]);
    expect(firms("联盟由泰丰航运及两家船公司组成。")).toEqual(["Organization:泰丰航运@泰丰航运"]);
    expect(firms("该航线由一家船公司（鸿达航运）运营。")).toEqual(["Organization:鸿达航运@鸿达航运"]);
  });

  it("reads no firm in a trade that meets a sector, a time word or an inclusion in brackets", () => {
    const firms = (t: string) => mentionsBy([shippingLines], t).filter((m) => m.startsWith("Organization:"));
    expect(firms("邮轮航运与旅游业合作日益紧密。")).toEqual([]);
    expect(firms("北极航运与能源开发合作前景广阔。")).toEqual([]);
    expect(firms("北极航运与各国专家合作。")).toEqual([]);
    expect(firms("邮轮航运与国家文旅战略合作。")).toEqual([]);
    expect(firms("极地航运与多家科研机构合作。")).toEqual([]);
    expect(firms("长江航运近期迎来枯水期。")).toEqual([]);
    expect(firms("全省水路运输（含内河航运）货运量增长。")).toEqual([]);
    expect(firms("两国在港口（包括航运）领域开展合作。")).toEqual([]);
    expect(firms("推进江海联运（含近海海运）发展。")).toEqual([]);
  });

  it("reads no firm when a known place's trade word meets a partner (two places' trades)", () => {
    const firms = (t: string) =>
      mentionsBy([worldCountries, shippingLines], t).filter((m) => m.startsWith("Organization:"));
    expect(firms("日本海运与韩国海运开展合作。")).toEqual([]);
    expect(firms("国际航运与港口合作不断深化,沿海航运近期回暖。")).toEqual([]);
  });
});
