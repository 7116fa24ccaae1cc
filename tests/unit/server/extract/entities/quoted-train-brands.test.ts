import { describe, expect, it } from "vitest";
import { quotedTrainBrands } from "../../../../../server/extract/entities/quoted-train-brands";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const corridors = (text: string) =>
  mentionsBy([quotedTrainBrands], text).filter((m) => m.startsWith("Corridor:"));

describe("entity rule quoted-train-brands", () => {
  it("reads a quoted compound of places ending abroad before 中欧班列 as the bracketed service", () => {
    expect(corridors("首趟“汉新欧”中欧班列今晨发车。")).toEqual([
      "Corridor:中欧班列（汉新欧）@“汉新欧”中欧班列",
    ]);
    expect(corridors("“营满欧”中欧班列(营口—莫斯科)运行平稳。")).toEqual([
      "Corridor:中欧班列（营满欧）@“营满欧”中欧班列(营口—莫斯科)",
    ]);
  });

  it("keeps the train words of a regional brand", () => {
    expect(corridors("开行首趟“芜合欧”城际定向班列。")).toEqual([
      "Corridor:芜合欧城际定向班列@“芜合欧”城际定向班列",
    ]);
  });

  it("reads a 号 brand tied to the China-Europe trains", () => {
    expect(corridors("货物搭乘中欧班列“齐鲁号”运往欧洲。")).toEqual([
      "Corridor:中欧班列齐鲁号@中欧班列“齐鲁号”",
    ]);
    expect(corridors("首列“银川号”中欧国际货运班列发车。")).toEqual([
      "Corridor:中欧班列银川号@“银川号”中欧国际货运班列",
    ]);
  });

  it("reads no service from a quoted word that is no compound of places, or a 号 with no China-Europe train", () => {
    expect(corridors("实施“三步走”班列计划。")).toEqual([]);
    expect(corridors("“新丝路”中欧班列论坛召开。")).toEqual(["Corridor:中欧班列@中欧班列"]);
    expect(corridors("“和谐号”动车组正点到达。")).toEqual([]);
    expect(corridors("湖南提出“湘粤非”合作构想。")).toEqual([]);
  });

  it("reads one brand as one service: written once with 中欧班列, its other mentions are that train", () => {
    expect(corridors("首趟“汉新欧”中欧班列发车，“汉新欧”(武汉—罗兹)铁路班列全程15天。")).toEqual([
      "Corridor:中欧班列（汉新欧）@“汉新欧”中欧班列",
      "Corridor:中欧班列（汉新欧）@“汉新欧”(武汉—罗兹)铁路班列",
    ]);
    expect(corridors("“汉新欧”铁路班列开行。")).toEqual(["Corridor:汉新欧铁路班列@“汉新欧”铁路班列"]);
  });
});
