/**
 * The relation rules in the order they run (the order of their pushes decides ties in merged edges).
 * Adding a rule: one file in this folder, one line here, one test in tests/unit/server/extract/relations/.
 */
import { accededParty } from "./acceded-party";
import { accessionList } from "./accession-list";
import { accessionProcess } from "./accession-process";
import { adjacentNames } from "./adjacent-names";
import { adminBelonging } from "./admin-belonging";
import { agreementMembers } from "./agreement-members";
import { agreementParties } from "./agreement-parties";
import { alignsWith } from "./aligns-with";
import { appliesFor } from "./applies-for";
import { bilateralTrade } from "./bilateral-trade";
import { borderTrigger } from "./border-trigger";
import { borderWith } from "./border-with";
import { bracketedProvince } from "./bracketed-province";
import { callOrder } from "./call-order";
import { carriedGoods } from "./carried-goods";
import { channelSubject } from "./channel-subject";
import { channelToward } from "./channel-toward";
import { chinaCompound } from "./china-compound";
import { chinaPair } from "./china-pair";
import { cityRole } from "./city-role";
import { coSignatories } from "./co-signatories";
import { composedOf } from "./composed-of";
import { compoundPartners } from "./compound-partners";
import { connectTrigger } from "./connect-trigger";
import { continuedZoneAreas } from "./continued-zone-areas";
import { cooperation } from "./cooperation";
import { corridorCountries } from "./corridor-countries";
import { corridorHubs } from "./corridor-hubs";
import { corridorRoleCopula } from "./corridor-role-copula";
import { corridorsMeet } from "./corridors-meet";
import { dashLines } from "./dash-lines";
import { dashPartners } from "./dash-partners";
import { fieldsBeforePlaces } from "./fields-before-places";
import { focus } from "./focus";
import { formedGroup } from "./formed-group";
import { hasPlatform } from "./has-platform";
import { inForceFor } from "./in-force-for";
import { initiators } from "./initiators";
import { joinsTogether } from "./joins-together";
import { jointWith } from "./joint-with";
import { lineSections } from "./line-sections";
import { locatedAt } from "./located-at";
import { locativeFrame } from "./locative-frame";
import { marketEntry } from "./market-entry";
import { memberNoun } from "./member-noun";
import { membership } from "./membership";
import { nameInternal } from "./name-internal";
import { namePartners } from "./name-partners";
import { namedParties } from "./named-parties";
import { onCorridor } from "./on-corridor";
import { originGoods } from "./origin-goods";
import { outreach } from "./outreach";
import { partnerLists } from "./partner-lists";
import { passageZoneAreas } from "./passage-zone-areas";
import { placeService } from "./place-service";
import { portLink } from "./port-link";
import { portReliance } from "./port-reliance";
import { portSailing } from "./port-sailing";
import { predecessors } from "./predecessors";
import { provincePorts } from "./province-ports";
import { quotedRoutes } from "./quoted-routes";
import { rankedInPlace } from "./ranked-in-place";
import { reachCompound } from "./reach-compound";
import { regionTrains } from "./region-trains";
import { routeOpened } from "./route-opened";
import { routePartners } from "./route-partners";
import { routes } from "./routes";
import { serviceCompound } from "./service-compound";
import { towardPartner } from "./toward-partner";
import { tradeFlow } from "./trade-flow";
import { tradePartners } from "./trade-partners";
import { tradeToward } from "./trade-toward";
import type { RelationRule } from "./types";
import { visits } from "./visits";
import { zoneHoldsParks } from "./zone-holds-parks";
import { zoneNameProvince } from "./zone-name-province";

export const RELATION_RULES: readonly RelationRule[] = [
  nameInternal,
  namePartners,
  zoneNameProvince,
  adjacentNames,
  bracketedProvince,
  locatedAt,
  adminBelonging,
  passageZoneAreas,
  borderTrigger,
  borderWith,
  connectTrigger,
  joinsTogether,
  onCorridor,
  corridorsMeet,
  corridorHubs,
  corridorRoleCopula,
  locativeFrame,
  alignsWith,
  agreementParties,
  namedParties,
  cooperation,
  jointWith,
  coSignatories,
  compoundPartners,
  towardPartner,
  reachCompound,
  chinaPair,
  chinaCompound,
  channelToward,
  channelSubject,
  predecessors,
  visits,
  focus,
  fieldsBeforePlaces,
  appliesFor,
  hasPlatform,
  zoneHoldsParks,
  portReliance,
  portLink,
  routes,
  regionTrains,
  quotedRoutes,
  lineSections,
  serviceCompound,
  carriedGoods,
  membership,
  accessionList,
  accededParty,
  accessionProcess,
  memberNoun,
  agreementMembers,
  initiators,
  inForceFor,
  composedOf,
  tradePartners,
  partnerLists,
  tradeToward,
  bilateralTrade,
  outreach,
  provincePorts,
  routePartners,
  routeOpened,
  dashLines,
  dashPartners,
  continuedZoneAreas,
  marketEntry,
  tradeFlow,
  originGoods,
  formedGroup,
  rankedInPlace,
  portSailing,
  callOrder,
  corridorCountries,
  cityRole,
  placeService,
];
