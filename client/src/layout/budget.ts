/**
 * How many ForceAtlas2 iterations a layout gets: a fixed count (so a seeded layout is reproducible), more
 * for a bigger time budget, fewer for big scenes (each iteration costs more).
 */
export function layoutIterations(order: number, budgetMs = 3000): number {
  const wanted = Math.round(Math.min(800, Math.max(50, budgetMs / 10)));
  if (order > 5000) return Math.min(wanted, 60);
  if (order > 1000) return Math.min(wanted, 150);
  return wanted;
}
