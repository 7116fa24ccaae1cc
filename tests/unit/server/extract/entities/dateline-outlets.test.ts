import { describe, expect, it } from "vitest";
import { datelineOutlets } from "../../../../../server/extract/entities/dateline-outlets";
import { idsBy } from "../../../../support/rules";

// Invented sentences; ids of the mentions kept after overlaps are resolved.
const outlets = (t: string) =>
  idsBy([datelineOutlets], t, false).filter((id) => id.startsWith("Organization:"));

describe("entity rule dateline-outlets", () => {
  it("reads the outlet of a bracketed dateline opening a passage, with no media head", () => {
    expect(outlets("[望远2031年3月2日讯](望远记者 某某)港口吞吐量再创新高。")).toEqual(["Organization:望远"]);
    expect(outlets("【北辰观察5月6日报导】新航线昨日开通。")).toEqual(["Organization:北辰观察"]);
    expect(outlets("[江港](江港日报全媒体记者 李某)首列班列发出。")).toEqual(["Organization:江港"]);
  });

  it("drops the place of filing after the outlet's name", () => {
    expect(outlets("新潮财经杭州5月3日电(记者 王某)会议在杭州举行。")).toEqual(["Organization:新潮财经"]);
  });

  it("reads a bracketed outlet with a media head before a byline or alone, not a column or another's channel", () => {
    expect(outlets("【溪岸网】(记者 王某 通讯员 李某)近日，园区开通新航线。")).toEqual([
      "Organization:溪岸网",
    ]);
    expect(outlets("〔南星社〕某国今天宣布加入协定。")).toEqual(["Organization:南星社"]);
    expect(outlets("【溪岸网】(东山日报全媒体记者 王某)近日，公路全线贯通。")).toEqual([]);
    expect(outlets("【图片新闻】港口迎来首艘邮轮。")).toEqual([]);
    expect(outlets("〔编者按〕本文介绍园区建设情况。")).toEqual([]);
  });

  it("reads a passage-opening dateline with its cue and no byline, or with a reporter's title after a space", () => {
    expect(outlets("北辰时报曼谷4月3日讯 据当地媒体报道，口岸重新开放。")).toEqual(["Organization:北辰时报"]);
    expect(outlets("星河网莫斯科6月15日 记者报道，博览会开幕。")).toEqual(["Organization:星河网"]);
    expect(outlets("广州南沙4月3日电 园区签约十个项目。")).toEqual([]);
  });

  it("reads the outlet before its app or account and a cue", () => {
    expect(outlets("远航发布客户端讯 近日，园区项目开工。")).toEqual(["Organization:远航发布"]);
    expect(outlets("据“东山晚报”公众号消息，新航线开通。")).toEqual(["Organization:东山晚报"]);
  });

  it("reads a closing credit in brackets when it ends with a media head", () => {
    expect(outlets("航线将每周执飞两班。(南风通讯社)")).toEqual(["Organization:南风通讯社"]);
    expect(outlets("货物装车完毕。张某摄(北辰图片网)")).toEqual(["Organization:北辰图片网"]);
  });

  it("names no outlet from deictic words, reporters, places or personal credits", () => {
    expect(outlets("[本报综合消息]港口吞吐量再创新高。")).toEqual([]);
    expect(outlets("[杭州](记者 王某)会议在杭州举行。")).toEqual([]);
    expect(outlets("航线将每周执飞两班。(王某某、李某)")).toEqual([]);
    expect(outlets("双方签署协议。(记者 王某)")).toEqual([]);
    expect(outlets("据该公司客户端消息，新品上市。")).toEqual([]);
  });

  it("reads the outlet after a source label of a closing credit, none from a bulletin or report", () => {
    expect(outlets("航线开通。(摘自南风日报)")).toEqual(["Organization:南风日报"]);
    expect(outlets("航线开通。(转自北辰网)")).toEqual(["Organization:北辰网"]);
    expect(outlets("新增病例3例。(市卫健委通报)")).toEqual([]);
    expect(outlets("请查阅。(省政府简报)")).toEqual([]);
  });

  it("reads a bare name before an app or account only when it is an outlet's", () => {
    expect(outlets("据远航发布官方微博消息，新线开通。")).toEqual(["Organization:远航发布"]);
    expect(outlets("据公司官方微博消息，新品将于下月上市。")).toEqual([]);
    expect(outlets("据当地政府微信公众号消息，道路已恢复通行。")).toEqual([]);
    expect(outlets("用户打开客户端消息提醒即可查看。")).toEqual([]);
  });

  it("reads a bracketed name before a byline only when the byline repeats it, and no place or column", () => {
    expect(outlets("【广州南沙】(记者 陈某)南沙港区三期投产。")).toEqual([]);
    expect(outlets("【热点关注】(记者 张某)外贸形势稳中向好。")).toEqual([]);
    expect(outlets("【广州南沙】(广州南沙记者 陈某)港区投产。")).toEqual([]);
    expect(outlets("【两会快讯3月5日讯】代表热议开放。")).toEqual([]);
    expect(outlets("【专家解读5月6日讯】医保政策调整。")).toEqual([]);
    expect(outlets("[图为2024年1月5日讯]港口。")).toEqual([]);
    expect(outlets("某某大湾区广州3月15日电(记者 王某)论坛开幕。")).toEqual([]);
  });

  it("names no outlet from a bracketed column or time word before its cue (mend after review22t)", () => {
    expect(outlets("【区域快讯】湖北自贸试验区武汉片区新设企业。")).toEqual([]);
    expect(outlets("【海关简讯】新航线开通。")).toEqual([]);
    expect(outlets("【每日资讯】港口吞吐量增长。")).toEqual([]);
    expect(outlets("【社区通讯】园区项目开工。")).toEqual([]);
    expect(outlets("【综合消息】多国港口出现拥堵。")).toEqual([]);
    expect(outlets("【最新消息】新航线开通。")).toEqual([]);
    expect(outlets("【北辰日报讯】新航线开通。")).toEqual(["Organization:北辰日报"]);
    expect(outlets("【东山在线讯】新航线开通。")).toEqual(["Organization:东山在线"]);
  });

  it("ends a bracketed outlet's name at its media head before 综合 or 独家", () => {
    expect(outlets("【北辰时报综合报道】多国港口出现拥堵。")).toEqual(["Organization:北辰时报"]);
  });

  it("reads no dateline in the middle of a passage or without a reporter's byline", () => {
    expect(outlets("会上，新潮财经杭州5月3日电称合作深化。")).toEqual([]);
    expect(outlets("新潮财经杭州5月3日电 会议在杭州举行。")).toEqual([]);
    expect(outlets("会议指出，[要点]如下。")).toEqual([]);
  });
});
