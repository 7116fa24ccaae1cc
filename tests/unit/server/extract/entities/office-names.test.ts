import { describe, expect, it } from "vitest";
import { governmentBodies } from "../../../../../server/extract/entities/government-bodies";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution on the bodies found in a passage.
describe("offices named after their parent body (entities/office-names.ts)", () => {
  it("extends a body over an office suffix in 办 or 办公室", () => {
    const ids = idsBy([governmentBodies], "湖南省政府新闻办今天召开新闻发布会。");
    expect(ids).toContain("Organization:湖南省政府新闻办");
    expect(ids).not.toContain("Organization:湖南省政府");
  });

  it("keeps the body when 办 is a verb of hosting or handling (主办, 承办, 办理)", () => {
    const ids = [
      ...idsBy([governmentBodies], "论坛由江西省政府主办。"),
      ...idsBy([governmentBodies], "江西省政府承办了论坛。"),
    ];
    expect(ids.filter((id) => id.endsWith("办"))).toEqual([]);
  });

  it("reads a place written with its suffix before an office as the office (南昌市自贸办)", () => {
    const ids = idsBy([], "记者从南昌市自贸办获悉,片区范围已明确。");
    expect(ids).toContain("Organization:南昌市自贸办");
    expect(idsBy([], "论坛由南昌市主办。")).not.toContain("Organization:南昌市主办");
  });
});
