/** The offline map's data: GET /api/geo (GeoJSON). */
import { Router } from "express";
import { GeoResponse } from "../../../contracts/geo";
import type { GeoService } from "../../services/geo";
import type { Operation } from "../openapi";

export function geoRouter(geo: GeoService): Router {
  const router = Router();
  router.get("/geo", async (_req, res) => {
    res.json(await geo.geo());
  });
  return router;
}

export const GEO_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/geo",
    tag: "views",
    summary:
      "GeoJSON of the graph's places (zones with established/applied status, areas, provinces, cities, ports, countries) and corridors as lines through their stations",
    description:
      "Coordinates come from the curated data/catalog/coordinates.json (each with its source; blocs and far regions are schematic: placed beyond the border in their direction). A corridor's stations are its ON_CORRIDOR/CONNECTS neighbours that are places, plus the areas of a zone on the corridor; the line visits them in order along the corridor's heading. Places without coordinates and corridors with fewer than two placed stations are listed under `missing`, never guessed.",
    response: GeoResponse,
    errors: [503],
  },
];
