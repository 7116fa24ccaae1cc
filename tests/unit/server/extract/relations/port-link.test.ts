import { describe, expect, it } from "vitest";
import { portLink } from "../../../../../server/extract/relations/port-link";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule port-link", () => {
  it("links an area to the ports of its 联动 clause", () => {
    expect(relationsBy([portLink], "赣州片区加强与厦门港、深圳港的陆海联动。")).toEqual([
      "LINKED_PORT:Area:赣州片区->Port:厦门港",
      "LINKED_PORT:Area:赣州片区->Port:深圳港",
    ]);
  });
});
