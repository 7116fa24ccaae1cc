import type { Span } from "./names";
import type { EntityContext } from "./types";

/**
 * Adds an organisation whose name runs from a leading mention to `ce` (新加坡贸易和工业部 from 新加坡,
 * 中国科学院地理科学与资源研究所 from 中国科学院). The whole name is the organisation; the leading mention
 * is its part unless `withLead` is false (China leading an association's name is no party of it).
 */
export function addLedOrganization(ctx: EntityContext, lead: Span, ce: number, withLead = true): void {
  const parts = withLead ? [{ id: lead.id, cs: lead.cs, ce: lead.ce }] : [];
  // a country written by another spelling (紐西蘭外交部, 宏都拉斯…) leads the name by its catalog name
  const country = lead.id.startsWith("Country:") ? ctx.n.cat.get(lead.id)?.name : undefined;
  const head = country ?? ctx.norm.slice(lead.cs, lead.ce);
  ctx.add({
    id: ctx.n.resolveOrRegister("Organization", `${head}${ctx.norm.slice(lead.ce, ce)}`),
    cs: lead.cs,
    ce,
    method: "pattern",
    parts,
  });
}
