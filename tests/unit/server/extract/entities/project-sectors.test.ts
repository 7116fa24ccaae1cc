import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";

// Invented sentences. The filter runs per passage in document.ts: industries that are only the fields
// of projects (inside a project's name, or covered by projects when no zone is named in the paragraph).
const industries = (text: string) =>
  extractDocument("projects.txt", text)
    .mentions.filter((m) => m.node.startsWith("Industry:"))
    .map((m) => m.node);

describe("sectors of projects (entities/project-sectors.ts)", () => {
  it("drops the sectors that signed projects cover when no zone is named in the paragraph", () => {
    expect(industries("该市本次签约的12个项目涵盖生物医药、新能源汽车等领域。")).toEqual([]);
    expect(industries("这批项目总投资约80亿元,主要聚焦集成电路、人工智能等方向。")).toEqual([]);
  });

  it("drops a sector word inside a project's name and items of a list closed by a class of projects", () => {
    expect(industries("双方就新能源汽车零部件项目签署协议。")).toEqual([]);
    expect(industries("一批金融服务、现代物流等现代服务业项目将陆续入驻。")).toEqual([]);
  });

  it("reads a count of projects after 等 alike in characters and in figures", () => {
    expect(industries("高新区今年引进了生物医药、新材料等五个项目。")).toEqual([]);
    expect(industries("高新区今年引进了生物医药、新材料等5个项目。")).toEqual([]);
    expect(industries("高新区今年签约了生物医药、新材料等项目。")).toEqual(
      expect.arrayContaining(["Industry:生物医药", "Industry:新材料"]),
    );
  });

  it("keeps the sectors of projects when a zone is named in the sentence or earlier in the paragraph", () => {
    expect(industries("南沙新区签约的12个项目涵盖生物医药等领域。")).toContain("Industry:生物医药");
    const text = "南沙新区今天举行签约仪式。这批项目涵盖生物医药、人工智能等领域。";
    expect(industries(text)).toEqual(expect.arrayContaining(["Industry:生物医药", "Industry:人工智能"]));
    const next = "南沙新区今天举行签约仪式。\n这批项目涵盖生物医药、人工智能等领域。";
    expect(industries(next)).toEqual([]);
  });

  it("keeps the sectors a city develops in a sentence that also counts or lists its projects", () => {
    expect(industries("该市生物医药产业已有十个项目落地。")).toEqual(["Industry:生物医药"]);
    expect(industries("今年新开工项目包括道路改造和学校扩建，同时该市大力发展新能源汽车产业。")).toEqual([
      "Industry:新能源汽车",
    ]);
    expect(industries("这些项目主要为基础设施，全市还将培育人工智能、集成电路等产业集群。")).toEqual(
      expect.arrayContaining(["Industry:人工智能", "Industry:集成电路"]),
    );
  });
});
