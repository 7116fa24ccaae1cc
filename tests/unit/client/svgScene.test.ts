/** The SVG export's document: title band, graph, legend blocks and source line (parsed back). */
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { SVG_FOOTER, SVG_HEADER, SVG_LEGEND_WIDTH, sceneSvg } from "../../../client/src/model/svgScene";

const input = {
  width: 400,
  height: 300,
  scale: 2,
  title: "zonegraph — Free Trade Zones",
  subtitle: "2 nodes · 1 edges · 2026-12-05",
  nodes: [
    { x: 10, y: 20, r: 5, color: "#336699", label: "Guangxi <FTZ> & co" },
    { x: 100, y: 120, r: 3, color: "#993366", label: null },
  ],
  edges: [{ x1: 10, y1: 20, x2: 100, y2: 120, color: "#b8b8b8", width: 1 }],
  legend: [
    { title: "Legend", rows: [{ color: "#336699", letter: "Z", text: "Free trade zone (1)" }] },
    { title: "PageRank", stops: ["#000000", "#ffffff"], ends: ["low", "high"] as [string, string] },
    { title: "Zone status", rows: [{ color: "#2e7d32", letter: "", text: "established (1)" }] },
  ],
  source: "Source: zonegraph · 2026-12-05 · documents: 文一; 文二",
  fontSize: 13,
};

describe("sceneSvg", () => {
  const doc = new DOMParser().parseFromString(sceneSvg(input), "image/svg+xml");
  const svg = doc.documentElement;
  const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);

  it("is well-formed SVG sized at 2× its view box, with room for the title band, legend and footer", () => {
    expect(svg.tagName).toBe("svg");
    const W = input.width + SVG_LEGEND_WIDTH;
    const H = input.height + SVG_HEADER + SVG_FOOTER;
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${W} ${H}`);
    expect(svg.getAttribute("width")).toBe(String(2 * W));
    expect(svg.getAttribute("height")).toBe(String(2 * H));
  });
  it("draws every node and edge, and only the labels that were placed (escaped)", () => {
    expect(doc.getElementsByTagName("circle")).toHaveLength(2);
    expect(doc.getElementsByTagName("line").length).toBe(2); // the edge and the legend separator
    expect(texts).toContain("Guangxi <FTZ> & co");
    const labels = Array.from(doc.getElementsByTagName("g")).find(
      (g) => g.getAttribute("class") === "labels",
    );
    expect(labels?.getElementsByTagName("text")).toHaveLength(1);
  });
  it("carries the title, date, a legend per mapping and the source line naming documents", () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        input.title,
        input.subtitle,
        "Legend",
        "Free trade zone (1)",
        "Z",
        "PageRank",
        "low",
        "high",
        "Zone status",
        "established (1)",
        input.source,
      ]),
    );
  });
});
