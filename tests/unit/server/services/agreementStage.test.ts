import { describe, expect, it } from "vitest";
import { relationStage, stageFits, stageFromSentences } from "../../../../server/services/agreementStage";

describe("stageFromSentences", () => {
  it("reads an application to join", () => {
    expect(stageFromSentences(["我国虽已申请加入 CPTPP 和 DEPA，但仍需对标。"])).toBe("applied");
  });
  it("reads a signature", () => {
    expect(stageFromSentences(["美国通过签署《美墨加协定》提升数字贸易规则水平。"])).toBe("signed");
  });
  it("reads ratification", () => {
    expect(stageFromSentences(["该国议会批准了协定。"])).toBe("ratified");
  });
  it("reads an agreement in force, but not one still to be implemented", () => {
    expect(stageFromSentences(["中国已实施的多双边国际经贸协定，在全面落实 RCEP 的基础上"])).toBe("in_force");
    expect(stageFromSentences(["率先对接中国已申请加入或尚待实施的多边经贸协定的规则"])).toBe("applied");
  });
  it("reads zones piloting an agreement's rules", () => {
    expect(stageFromSentences(["支持上海、广东、天津、福建等自贸试验区先行先试相关措施"])).toBe("pilots");
  });
  it("lets the furthest stage win across sentences", () => {
    expect(stageFromSentences(["积极申请加入协定", "协定已正式生效"])).toBe("in_force");
  });
  it("gives places inside a country pilots or aligned, never a treaty stage", () => {
    const s = "RCEP 正式生效后，支持上海、广东等自贸试验区先行先试相关措施";
    expect(stageFromSentences([s], "Country")).toBe("in_force");
    expect(stageFromSentences([s], "FreeTradeZone")).toBe("pilots");
    expect(stageFromSentences(["我国已申请加入 CPTPP"], "Province")).toBe("aligned");
  });
  it("falls back to aligned", () => {
    expect(stageFromSentences(["对接国际高标准经贸规则，推动RCEP"])).toBe("aligned");
    expect(stageFromSentences([])).toBe("aligned");
  });
});

describe("stageFits", () => {
  it("lets only parties apply, sign, ratify or be in force, and only places pilot", () => {
    expect(stageFits("applied", "Country")).toBe(true);
    expect(stageFits("pilots", "Country")).toBe(false);
    expect(stageFits("pilots", "FreeTradeZone")).toBe(true);
    expect(stageFits("signed", "Province")).toBe(false);
    expect(stageFits("aligned", "Area")).toBe(true);
  });
});

describe("relationStage", () => {
  it("keeps a stored stage that can hold for the row's kind, without reading the sentences", () => {
    let read = false;
    const sentences = () => {
      read = true;
      return ["我国已申请加入 CPTPP。"];
    };
    expect(relationStage("signed", "Country", sentences)).toBe("signed");
    expect(read).toBe(false);
  });
  it("reads the sentences when nothing is stored, or the stored stage cannot hold", () => {
    expect(relationStage(undefined, "Country", () => ["我国已申请加入 CPTPP。"])).toBe("applied");
    expect(relationStage("signed", "FreeTradeZone", () => ["自贸试验区先行先试 RCEP 规则。"])).toBe("pilots");
    expect(relationStage("bogus", "Country", () => ["对接高标准经贸规则。"])).toBe("aligned");
  });
});
