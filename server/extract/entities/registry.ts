/**
 * The entity rules in the order they run. Order matters where a rule reads the candidates of earlier
 * ones (bracketed services, departments, management committees) and for names registered on the way.
 * Adding a rule: one file in this folder, one line here, one test in tests/unit/server/extract/entities/.
 */
import { acronymParks } from "./acronym-parks";
import { agreementBodies } from "./agreement-bodies";
import { agreementTitles } from "./agreement-titles";
import { airportLists } from "./airport-lists";
import { airports } from "./airports";
import { areaEnumerations } from "./area-enumerations";
import { areas } from "./areas";
import { associations } from "./associations";
import { bankBranches } from "./bank-branches";
import { bilateralAbbreviationParks } from "./bilateral-abbreviation-parks";
import { bilateralBodies } from "./bilateral-bodies";
import { bilateralFtas } from "./bilateral-ftas";
import { bilateralParks } from "./bilateral-parks";
import { bodyUnits } from "./body-units";
import { borderStations } from "./border-stations";
import { borderTradePoints } from "./border-trade-points";
import { bracketedCompanies } from "./bracketed-companies";
import { bracketedOutlets } from "./bracketed-outlets";
import { bracketedPlaceZones } from "./bracketed-place-zones";
import { bracketedRoads } from "./bracketed-roads";
import { bracketedServices } from "./bracketed-services";
import { brandCompanies } from "./brand-companies";
import { catalogSurfaces } from "./catalog-surfaces";
import { centralBodies } from "./central-bodies";
import { cityCounties } from "./city-counties";
import { cityLedPorts } from "./city-led-ports";
import { coordinatedPorts } from "./coordinated-ports";
import { corridorAbbreviations } from "./corridor-abbreviations";
import { corridorPlaces } from "./corridor-places";
import { counties } from "./counties";
import { countryAirlines } from "./country-airlines";
import { countyGazetteer } from "./county-gazetteer";
import { crossingNames } from "./crossing-names";
import { customsAndCompanies } from "./customs-and-companies";
import { customsOffices } from "./customs-offices";
import { dashPairZones } from "./dash-pair-zones";
import { datelineOutlets } from "./dateline-outlets";
import { departments } from "./departments";
import { designationZones } from "./designation-zones";
import { devZones } from "./dev-zones";
import { diplomaticMissions } from "./diplomatic-missions";
import { documentAliases } from "./document-aliases";
import { ecommercePilotZones } from "./ecommerce-pilot-zones";
import { foreignCities } from "./foreign-cities";
import { foreignDivisions } from "./foreign-divisions";
import { foreignFreeZones } from "./foreign-free-zones";
import { foreignMinistries } from "./foreign-ministries";
import { gazetteerCities } from "./gazetteer-cities";
import { governmentBodies } from "./government-bodies";
import { industries } from "./industries";
import { inlandPorts } from "./inland-ports";
import { insertedRoutes } from "./inserted-routes";
import { instituteUnits } from "./institute-units";
import { internationalBodies } from "./international-bodies";
import { latinBrandCompanies } from "./latin-brand-companies";
import { legalFormCompanies } from "./legal-form-companies";
import { legislatures } from "./legislatures";
import { listedCounties } from "./listed-counties";
import { listedFirms } from "./listed-firms";
import { listedForeignCities } from "./listed-foreign-cities";
import { mainlandChina } from "./mainland-china";
import { managementCommittees } from "./management-committees";
import { mediaOutlets } from "./media-outlets";
import { nationalAgencies } from "./national-agencies";
import { newAreaShortForms } from "./new-area-short-forms";
import { organizationBranches } from "./organization-branches";
import { pairedCrossings } from "./paired-crossings";
import { pairedFtas } from "./paired-ftas";
import { partyBodies } from "./party-bodies";
import { partyNamedAgreements } from "./party-named-agreements";
import { periodicals } from "./periodicals";
import { placePortLists } from "./place-port-lists";
import { portAreas } from "./port-areas";
import { portGroups } from "./port-groups";
import { portKindLists } from "./port-kind-lists";
import { portLists } from "./port-lists";
import { ports } from "./ports";
import { prefectureCities } from "./prefecture-cities";
import { publicBodies } from "./public-bodies";
import { quotedServices } from "./quoted-services";
import { quotedTrainBrands } from "./quoted-train-brands";
import { railwayBureaus } from "./railway-bureaus";
import { railwayLines } from "./railway-lines";
import { regionCompoundParks } from "./region-compound-parks";
import { regionCorridors } from "./region-corridors";
import { roleSectors } from "./role-sectors";
import { routeChains } from "./route-chains";
import { sectionEnds } from "./section-ends";
import { shippingLines } from "./shipping-lines";
import { silkRoads } from "./silk-roads";
import { stationedOffices } from "./stationed-offices";
import { taiwanBodies } from "./taiwan-bodies";
import { terminals } from "./terminals";
import { titledBodies } from "./titled-bodies";
import type { EntityRule } from "./types";
import { universityInstitutes } from "./university-institutes";
import { unquotedTrainBrands } from "./unquoted-train-brands";
import { unseenNames } from "./unseen-names";
import { worldCountries } from "./world-countries";
import { zoneAlliances } from "./zone-alliances";
import { zoneFullNames } from "./zone-full-names";
import { zoneShortForms } from "./zone-short-forms";
export const ENTITY_RULES: readonly EntityRule[] = [
  catalogSurfaces,
  worldCountries,
  mainlandChina,
  prefectureCities,
  counties,
  cityCounties,
  countyGazetteer,
  zoneFullNames,
  zoneShortForms,
  areas,
  areaEnumerations,
  ports,
  coordinatedPorts,
  cityLedPorts,
  inlandPorts,
  airports,
  airportLists,
  portLists,
  portKindLists,
  pairedCrossings,
  crossingNames,
  devZones,
  newAreaShortForms,
  ecommercePilotZones,
  designationZones,
  listedCounties,
  corridorAbbreviations,
  corridorPlaces,
  regionCorridors,
  railwayLines,
  routeChains,
  sectionEnds,
  silkRoads,
  bracketedRoads,
  agreementTitles,
  agreementBodies,
  bilateralFtas,
  pairedFtas,
  partyNamedAgreements,
  customsAndCompanies,
  customsOffices,
  shippingLines,
  legalFormCompanies,
  portGroups,
  bracketedServices,
  departments,
  periodicals,
  mediaOutlets,
  bracketedOutlets,
  datelineOutlets,
  acronymParks,
  zoneAlliances,
  foreignFreeZones,
  industries,
  centralBodies,
  internationalBodies,
  taiwanBodies,
  publicBodies,
  governmentBodies,
  borderStations,
  partyBodies,
  nationalAgencies,
  universityInstitutes,
  instituteUnits,
  associations,
  bilateralBodies,
  foreignMinistries,
  diplomaticMissions,
  stationedOffices,
  bracketedCompanies,
  bankBranches,
  managementCommittees,
  listedFirms,
  borderTradePoints,
  dashPairZones,
  bilateralParks,
  bilateralAbbreviationParks,
  regionCompoundParks,
  bracketedPlaceZones,
  foreignCities,
  foreignDivisions,
  gazetteerCities,
  listedForeignCities,
  placePortLists,
  terminals,
  portAreas,
  roleSectors,
  quotedServices,
  quotedTrainBrands,
  unquotedTrainBrands,
  unseenNames,
  documentAliases,
  railwayBureaus,
  countryAirlines,
  insertedRoutes,
  organizationBranches,
  titledBodies,
  latinBrandCompanies,
  legislatures,
  brandCompanies,
  bodyUnits,
];
