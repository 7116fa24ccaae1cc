/** A named query's title and description in the UI's language (English where no Chinese is given). */
import type { NamedQuery } from "../../../contracts/api";
import type { Lang } from "../i18n";

export function namedQueryText(
  q: Pick<NamedQuery, "name" | "title" | "titleZh" | "description" | "descriptionZh">,
  lang: Lang,
): { title: string; description: string } {
  if (lang === "zh")
    return { title: q.titleZh ?? q.title ?? q.name, description: q.descriptionZh ?? q.description };
  return { title: q.title ?? q.name, description: q.description };
}
