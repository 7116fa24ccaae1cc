/**
 * The cells of neo4j-admin CSVs, typed from the very values the transactional loader sends to Neo4j
 * (queries.ts builders): a neo4j Integer is `long`, a JS number `double` (the driver sends it as a
 * FLOAT), a neo4j Date `date`, strings and booleans as such, arrays as `type[]` joined with
 * ARRAY_DELIMITER. Strings are always quoted, so an empty string stays an empty string; an absent
 * (null) value is an empty, unquoted cell, which neo4j-admin leaves unset, as `SET n += {k: null}` does.
 * A value the CSV path cannot carry exactly (an empty array, an array element that is empty or holds
 * the delimiter, a nested object) throws BulkRefusal: the caller falls back to the transactional loader.
 */
import neo4j from "neo4j-driver";

export const ARRAY_DELIMITER = "\u001f";

export class BulkRefusal extends Error {
  override name = "BulkRefusal";
}

/** The neo4j-admin type of a value, or null when it is absent (null/undefined). */
export function csvType(value: unknown, where: string): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) throw new BulkRefusal(`${where} is an empty list`);
    const first = scalarType(value[0], where);
    for (const v of value) {
      if (scalarType(v, where) !== first) throw new BulkRefusal(`${where} mixes types in a list`);
      if (first === "string" && ((v as string) === "" || (v as string).includes(ARRAY_DELIMITER)))
        throw new BulkRefusal(`${where} holds an empty string or U+001F in a list`);
    }
    return `${first}[]`;
  }
  return scalarType(value, where);
}

function scalarType(value: unknown, where: string): string {
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      if (!Number.isFinite(value)) throw new BulkRefusal(`${where} is not a finite number`);
      return "double";
    case "boolean":
      return "boolean";
    default:
      if (neo4j.isInt(value)) return "long";
      if (value instanceof neo4j.types.Date) return "date";
      if (value instanceof neo4j.types.DateTime) return "datetime";
      throw new BulkRefusal(`${where} has a value the CSV import cannot hold`);
  }
}

const quote = (s: string) => (s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`);

/** The cell text of a value whose csvType is known (absent values give ""). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return quote(value);
  if (Array.isArray(value))
    return typeof value[0] === "string"
      ? quote(value.join(ARRAY_DELIMITER))
      : value.map((v) => String(v)).join(ARRAY_DELIMITER);
  return String(value);
}

/**
 * A row's typed columns, in key order: the header cells (`name:type`) and the value cells. `fixed`
 * leads the row as is (ids, labels, types: already cell text).
 */
export function typedRow(
  props: Record<string, unknown>,
  where: string,
): { header: string[]; cells: string[] } {
  const header: string[] = [];
  const cells: string[] = [];
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    const type = csvType(value, `${where}.${key}`);
    if (type === null) continue;
    if (/[:,"\s]/.test(key))
      throw new BulkRefusal(`${where} has a property name the CSV header cannot hold: ${key}`);
    header.push(`${key}:${type}`);
    cells.push(csvCell(value));
  }
  return { header, cells };
}
