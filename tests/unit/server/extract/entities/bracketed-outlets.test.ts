import { describe, expect, it } from "vitest";
import { bracketedOutlets } from "../../../../../server/extract/entities/bracketed-outlets";
import { mentionsBy } from "../../../../support/rules";

const orgs = (text: string) =>
  mentionsBy([bracketedOutlets], text).filter((m) => m.startsWith("Organization:"));

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bracketed-outlets", () => {
  it("reads an outlet in title marks before a word of its reporting, an interview or a carried text", () => {
    expect(orgs("據《東亞通訊社》報導，會議延期。")).toEqual(["Organization:东亚通讯社@東亞通訊社"]);
    expect(orgs("市长接受《滨海晨报》采访时说，港口将扩建。")).toEqual(["Organization:滨海晨报@滨海晨报"]);
    expect(orgs("大使在《草原财经网》发表署名文章。")).toEqual(["Organization:草原财经网@草原财经网"]);
  });

  it("reads no outlet without a cue, in a document's title, or in a catalogued body's channel", () => {
    expect(orgs("《草原财经网》、《滨海晨报》等网站转载了该文。")).toEqual([]);
    expect(orgs("《两国联合公报》发表。《全省情况通报》刊发。《某公司年报》发表。")).toEqual([]);
    expect(orgs("《央视新闻》报道，会议开幕。")).toEqual(["Organization:央视@央视"]);
  });

  // release 26, round mend26c: an article's title, a title published itself, a youth paper, a monthly bulletin
  it("reads no outlet in an article's title nor in a title published in a journal", () => {
    expect(orgs("《港口与腹地联通网》发表于本期学刊。")).toEqual([]);
    expect(orgs("散文《故乡的晚报》刊登后反响热烈。")).toEqual([]);
    expect(orgs("论文《跨境电商重构物流网》发表在年刊上。")).toEqual([]);
    expect(orgs("《开发区招商月报》刊发了该消息。")).toEqual([]);
  });

  it("reads a youth paper in title marks, and an outlet whose reporter follows", () => {
    expect(orgs("据《东湖青年报》报道，展会开幕。")).toEqual(["Organization:东湖青年报@东湖青年报"]);
    expect(orgs("《临江晨报》记者在码头看到，货轮排起长队。")).toEqual(["Organization:临江晨报@临江晨报"]);
  });
});
