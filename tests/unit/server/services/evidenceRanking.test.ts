import { describe, expect, it } from "vitest";
import type { EvidenceView } from "../../../../contracts/api";
import {
  collapseDuplicates,
  endsNamed,
  isShownEvidence,
  partTitle,
  rankEvidence,
  sentenceKind,
} from "../../../../server/services/evidenceRanking";

const view = (over: Partial<EvidenceView>): EvidenceView => ({
  doc: "doc:a",
  docTitle: "A",
  docDate: "2024-01-01",
  passage: "psg:a:1",
  start: 0,
  end: 4,
  quote: "二连浩特",
  method: "pattern",
  ...over,
});

describe("sentenceKind", () => {
  it("keeps whole sentences that state something", () => {
    expect(sentenceKind("二连浩特片区则深耕中蒙俄经济走廊，树立与周边国家友好合作的示范样板。")).toBe(
      "statement",
    );
    expect(sentenceKind("2018 年，海南也加入自贸行列。")).toBe("statement");
    // a list item without a final stop is still a clause
    expect(
      sentenceKind("- 内蒙古自贸试验区在推进制度创新的过程中，同步构建全链条、多维度的风险防控体系"),
    ).toBe("statement");
  });

  it("calls Markdown, numbered and unpunctuated title lines headings", () => {
    expect(sentenceKind("## ——写在中国(内蒙古)自由贸易试验区获批之际")).toBe("heading");
    expect(sentenceKind("制度创新赋能中蒙俄经济走廊建设")).toBe("heading");
    expect(sentenceKind("内蒙古自贸试验区全面落实自由贸易试验区提升战略的关键路径")).toBe("heading");
    expect(sentenceKind("第三章 案例分析：上海自贸试验区")).toBe("heading");
    expect(sentenceKind("（二）二连浩特片区的发展")).toBe("heading");
  });

  it("calls short pieces and sentences cut at their start fragments", () => {
    expect(sentenceKind("对标 CAI")).toBe("fragment");
    expect(sentenceKind("势，大力发展通道经济、枢纽经济、沿边经济，打造我国向北开放的重要窗口。")).toBe(
      "fragment",
    );
    expect(sentenceKind("，并发布《总体方案》以支持中蒙俄经济走廊建设。")).toBe("fragment");
  });

  it("a long unpunctuated line is not taken for a title", () => {
    const long =
      "内蒙古自贸试验区涵盖呼和浩特满洲里二连浩特三个片区形成优势互补协同发展的制度创新网络并服务中蒙俄经济走廊建设";
    expect(long.length).toBeGreaterThan(40);
    expect(sentenceKind(long)).toBe("statement");
  });
});

describe("isShownEvidence", () => {
  it("judges the sentence when there is one, else the quote", () => {
    expect(isShownEvidence(view({ quote: "二连浩特", sentence: "制度创新赋能中蒙俄经济走廊建设" }))).toBe(
      false,
    );
    expect(isShownEvidence(view({ quote: "二连浩特", sentence: undefined }))).toBe(false);
    expect(isShownEvidence(view({ quote: "二连浩特片区则深耕中蒙俄经济走廊，树立示范样板。" }))).toBe(true);
  });

  it("always shows table rows and human decisions", () => {
    expect(isShownEvidence(view({ method: "table", sentence: "小计 627个" }))).toBe(true);
    expect(isShownEvidence(view({ method: "human", sentence: "制度创新赋能中蒙俄经济走廊建设" }))).toBe(true);
  });
});

describe("partTitle", () => {
  const parts = [
    { title: "第一篇", start: 26 },
    { title: "第二篇", start: 3190 },
  ];
  it("names the part an offset lies in", () => {
    expect(partTitle("第一篇 / 第二篇", parts, 30)).toBe("第一篇");
    expect(partTitle("第一篇 / 第二篇", parts, 3190)).toBe("第二篇");
    expect(partTitle("第一篇 / 第二篇", parts, 9999)).toBe("第二篇");
  });
  it("keeps the whole title before the first part or without parts", () => {
    expect(partTitle("第一篇 / 第二篇", parts, 3)).toBe("第一篇 / 第二篇");
    expect(partTitle("单篇", undefined, 3)).toBe("单篇");
  });
});

describe("endsNamed", () => {
  const ends = [
    { id: "Area:二连浩特片区", names: ["二连浩特片区"] },
    { id: "Corridor:中蒙俄经济走廊", names: ["中蒙俄经济走廊", "China-Mongolia-Russia Economic Corridor"] },
  ];
  it("counts ends named in the sentence text, whitespace ignored", () => {
    expect(endsNamed(view({ sentence: "二连浩特片区则深耕中蒙俄经济 走廊。" }), ends)).toBe(2);
    expect(endsNamed(view({ sentence: "二连浩特片区对外开放。" }), ends)).toBe(1);
    expect(endsNamed(view({ sentence: "满洲里口岸对外开放。" }), ends)).toBe(0);
  });
  it("counts an end mentioned in the passage under another surface", () => {
    const mentions = new Map([["psg:a:1", new Set(["Area:二连浩特片区"])]]);
    expect(endsNamed(view({ sentence: "二连片区深耕中蒙俄经济走廊。" }), ends, mentions)).toBe(2);
  });
});

describe("collapseDuplicates", () => {
  it("keeps the first of the same sentence and lists the other documents", () => {
    const s = "二连浩特片区则深耕中蒙俄经济走廊。";
    const out = collapseDuplicates([
      view({ doc: "doc:a", sentence: s }),
      view({ doc: "doc:b", docTitle: "B", docDate: "2023", sentence: s }),
      view({ doc: "doc:b", docTitle: "B", docDate: "2023", sentence: s, start: 99 }),
      view({ doc: "doc:c", sentence: "另一句话说明二连浩特片区的情况。" }),
    ]);
    expect(out.map((v) => v.doc)).toEqual(["doc:a", "doc:c"]);
    expect(out[0]?.alsoIn).toEqual([{ doc: "doc:b", docTitle: "B", docDate: "2023" }]);
  });
});

describe("rankEvidence", () => {
  const ends = [
    { id: "Area:二连浩特片区", names: ["二连浩特片区"] },
    { id: "Corridor:中蒙俄经济走廊", names: ["中蒙俄经济走廊"] },
  ];
  it("puts the sentence naming both ends first, drops headings and fragments and counts them", () => {
    const one = view({ passage: "p1", start: 1, sentence: "二连浩特片区是向北开放的重要窗口之一。" });
    const both = view({
      passage: "p2",
      start: 2,
      sentence: "二连浩特片区则深耕中蒙俄经济走廊，树立示范样板。",
    });
    const heading = view({ passage: "p3", start: 3, sentence: "制度创新赋能中蒙俄经济走廊建设" });
    const fragment = view({ passage: "p4", start: 4, sentence: "对标 CAI" });
    const none = view({ passage: "p5", start: 5, sentence: "满洲里口岸是我国最大的陆路口岸之一。" });
    const r = rankEvidence([none, one, heading, both, fragment], ends);
    expect(r.evidence.map((v) => v.passage)).toEqual(["p2", "p1", "p5"]);
    expect(r.evidence.map((v) => v.endsNamed)).toEqual([2, 1, 0]);
    expect(r.hidden).toBe(2);
  });

  it("breaks ties by method, then newer document, then offset", () => {
    const s = (n: number) => `二连浩特片区的第${n}句完整的陈述，说明情况。`;
    const cooc = view({ passage: "c", method: "cooccurrence", sentence: s(1) });
    const old = view({ passage: "o", docDate: "2020", sentence: s(2) });
    const recent = view({ passage: "r", docDate: "2026-04-09", sentence: s(3) });
    const r = rankEvidence([cooc, old, recent], ends);
    expect(r.evidence.map((v) => v.passage)).toEqual(["r", "o", "c"]);
  });
});
