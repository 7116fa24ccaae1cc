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
});
