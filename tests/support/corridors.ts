/** Corridor answers for client tests. */

/** A corridor's answer (as the API gives it) linking zones by their directness. */
export function corridorAnswer(id: string, links: [zone: string, directness: string][]) {
  return {
    corridor: { id, name: id, nameEn: null, zoneCount: links.length, directCount: 0 },
    links: links.map(([zone, directness], rank) => ({
      zone: { id: zone, name: zone, nameEn: null },
      directness: directness as "direct",
      rank,
      explanation: `${zone} via ${directness}`,
      chain: [],
    })),
  };
}
