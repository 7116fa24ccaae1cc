import { describe, expect, it } from "vitest";
import { universities } from "../../../../../server/extract/entities/universities";
import { idsBy } from "../../../../support/rules";

// Invented sentences; ids of the mentions kept.
describe("entity rule universities", () => {
  it("reads a university the text names before its department or officer", () => {
    expect(idsBy([universities], "代表团与青岚大学历史系学生座谈。")).toContain("Organization:青岚大学");
    expect(idsBy([universities], "论坛特邀云杉理工大学副校长致辞。")).toContain("Organization:云杉理工大学");
  });

  it("reads none for a kind, a count or a clause before 大学, or a word ending in a department's head", () => {
    for (const text of [
      "几位知名大学副校长出席。",
      "他在一所大学校长会上发言。",
      "她说孩子考入大学经济学院。",
      "学生接受大学教育体系的训练。",
      "退休后他去老年大学学院上课。",
    ])
      expect(idsBy([universities], text).filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("starts the name after a verb of visiting, and reads none when 大学 follows the verb at once", () => {
    expect(idsBy([universities], "考察团走访青岚大学历史系。")).toContain("Organization:青岚大学");
    expect(
      idsBy([universities], "周末全家去参观大学校园和学院广场。").filter((id) =>
        id.startsWith("Organization:"),
      ),
    ).toEqual([]);
  });
});
