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

  it("links the area to its own port, not to the partner port after 与 (A片区X港与Y港联动)", () => {
    expect(relationsBy([portLink], "南昌片区九江港与武汉港联动发展。")).toEqual([
      "LINKED_PORT:Area:南昌片区->Port:九江港",
    ]);
  });

  it("keeps every port of a list after 与 (加强与A港和B港的联动)", () => {
    expect(relationsBy([portLink], "赣州片区加强与厦门港和深圳港的联动。")).toEqual([
      "LINKED_PORT:Area:赣州片区->Port:厦门港",
      "LINKED_PORT:Area:赣州片区->Port:深圳港",
    ]);
  });
});
