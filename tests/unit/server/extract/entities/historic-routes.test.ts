import { describe, expect, it } from "vitest";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution: the ancient Silk Road written as history or an epithet is no corridor of today.
describe("routes of history (entities/historic-routes.ts)", () => {
  it("drops the ancient route written as history, as an epithet or marked as ancient", () => {
    expect(idsBy([], "这座小城曾是古丝绸之路上的驿站。")).not.toContain("Corridor:古丝绸之路");
    expect(idsBy([], "代表们来自丝绸之路沿线国家和地区。")).not.toContain("Corridor:古丝绸之路");
    expect(idsBy([], "“丝绸之路”古国的商人带来了香料。")).not.toContain("Corridor:古丝绸之路");
    expect(idsBy([], "驼队曾在丝绸之路上往来不绝。")).not.toContain("Corridor:古丝绸之路");
  });

  it("keeps the route quoted as a term", () => {
    expect(idsBy([], "“丝绸之路”成为论坛上出现最多的词。")).toContain("Corridor:古丝绸之路");
    expect(idsBy([], "这次展览以“丝绸之路”为主题。")).toContain("Corridor:古丝绸之路");
  });

  it("keeps the route compounded with a channel noun, not a channel written after 上 or 的", () => {
    expect(idsBy([], "这个县作为古丝绸之路重要节点迎来新机遇。")).toContain("Corridor:古丝绸之路");
    expect(idsBy([], "这道山口是古丝绸之路上的一条通道。")).not.toContain("Corridor:古丝绸之路");
  });

  it("leaves the corridors of today that hold the name", () => {
    expect(idsBy([], "丝绸之路经济带建设稳步推进。")).toContain("Corridor:丝绸之路经济带");
  });

  it("keeps the route as a place's start, end, core area or gateway on it (review21e)", () => {
    expect(idsBy([], "这座城市作为丝绸之路起点，开行了货运班列。")).toContain("Corridor:古丝绸之路");
    expect(idsBy([], "那座港城是丝绸之路东方起点。")).toContain("Corridor:古丝绸之路");
    expect(idsBy([], "该区是丝绸之路核心区。")).toContain("Corridor:古丝绸之路");
  });

  it("drops the route quoted with the mark of age inside the quotes", () => {
    expect(idsBy([], "“古丝绸之路”的驼铃声仿佛仍在耳边。")).not.toContain("Corridor:古丝绸之路");
  });

  it("keeps the bare route after a verb of building (the Belt and Road of today), not the ancient one", () => {
    expect(idsBy([], "两国商定共建丝绸之路，扩大木材贸易。")).toContain("Corridor:古丝绸之路");
    expect(idsBy([], "重振丝绸之路成为论坛的主题。")).toContain("Corridor:古丝绸之路");
    expect(idsBy([], "诗人们曾歌咏古丝绸之路的繁华。")).not.toContain("Corridor:古丝绸之路");
  });

  it("keeps the route built in other words or after a modifier of its channel, not an aged or epithet one (review21j)", () => {
    for (const text of [
      "两省加快建设丝绸之路，扩大药材贸易。",
      "推进丝绸之路建设，深化林业合作。",
      "打造新时代丝绸之路，带动山区发展。",
      "这座古城是丝绸之路的重要节点城市。",
      "这座县城是丝绸之路黄金段重要节点城市。",
    ])
      expect(idsBy([], text)).toContain("Corridor:古丝绸之路");
    expect(idsBy([], "这座绿洲曾是古丝绸之路交通枢纽。")).not.toContain("Corridor:古丝绸之路");
    expect(idsBy([], "这座山口是古丝绸之路的重要通道。")).not.toContain("Corridor:古丝绸之路");
    expect(idsBy([], "共建丝绸之路沿线国家木材贸易额增长。")).not.toContain("Corridor:古丝绸之路");
  });
});
