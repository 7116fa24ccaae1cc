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

  it("reads no dateline in the middle of a passage or without a reporter's byline", () => {
    expect(outlets("会上，新潮财经杭州5月3日电称合作深化。")).toEqual([]);
    expect(outlets("新潮财经杭州5月3日电 会议在杭州举行。")).toEqual([]);
    expect(outlets("会议指出，[要点]如下。")).toEqual([]);
  });
});
