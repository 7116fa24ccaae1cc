import type { Catalog } from "../catalog";

/** The province of a zone: its catalog parent, else the province its name is made of. */
export function provinceOfZone(zoneId: string, cat: Catalog): string | undefined {
  const parent = cat.get(zoneId)?.parent;
  if (parent) return `Province:${parent}`;
  const m = /^FreeTradeZone:中国（(.+)）/.exec(zoneId);
  const id = m?.[1] ? cat.places.get(m[1]) : undefined;
  return id?.startsWith("Province:") ? id : undefined;
}
