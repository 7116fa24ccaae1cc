import type { Span } from "./names";
import type { EntityContext } from "./types";

/**
 * Adds an organisation whose name runs from a leading mention to `ce` (新加坡贸易和工业部 from 新加坡,
 * 中国科学院地理科学与资源研究所 from 中国科学院). The whole name is the organisation; the leading mention
 * is its part unless `withLead` is false (China leading an association's name is no party of it).
 */
export function addLedOrganization(ctx: EntityContext, lead: Span, ce: number, withLead = true): void {
  const parts = withLead ? [{ id: lead.id, cs: lead.cs, ce: lead.ce }] : [];
  ctx.add({
    id: ctx.n.resolveOrRegister("Organization", ctx.norm.slice(lead.cs, ce)),
    cs: lead.cs,
    ce,
    method: "pattern",
    parts,
  });
}
