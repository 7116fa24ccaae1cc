// Renders /api/openapi.json readably with DOM APIs only (no innerHTML, no CDN, no inline code):
// the page is served under the strict CSP (script-src 'self', style-src 'self').
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
};
const pretty = (schema) => el("pre", {}, JSON.stringify(schema, null, 2));
const typeOf = (s) =>
  !s ? "" : s.type === "array" ? `${typeOf(s.items)}[]` : s.enum ? s.enum.join(" | ") : s.type || "any";

function renderOp(path, method, op) {
  const id = op.operationId || `${method}-${path}`;
  const section = el("section", { class: "op", id });
  section.append(
    el("h2", {}, el("span", { class: `method ${method}` }, method), el("code", {}, path)),
    el("p", {}, op.summary || ""),
  );
  if (op.description) section.append(el("p", {}, op.description));
  if (op.parameters?.length) {
    const table = el(
      "table",
      {},
      el(
        "tr",
        {},
        el("th", {}, "parameter"),
        el("th", {}, "in"),
        el("th", {}, "type"),
        el("th", {}, "default"),
        el("th", {}, "required"),
      ),
    );
    for (const p of op.parameters) {
      table.append(
        el(
          "tr",
          {},
          el("td", {}, el("code", {}, p.name)),
          el("td", {}, p.in),
          el("td", {}, typeOf(p.schema)),
          el("td", {}, p.schema?.default === undefined ? "" : JSON.stringify(p.schema.default)),
          el("td", {}, p.required ? "yes" : ""),
        ),
      );
    }
    section.append(table);
  }
  const body = op.requestBody?.content?.["application/json"]?.schema;
  if (body) section.append(el("details", {}, el("summary", {}, "Request body (JSON)"), pretty(body)));
  for (const [status, r] of Object.entries(op.responses || {})) {
    const content = r.content || {};
    const types = Object.keys(content);
    const schema = content["application/json"]?.schema;
    section.append(
      el(
        "details",
        {},
        el("summary", {}, `${status} — ${r.description}${types.length ? ` (${types.join(", ")})` : ""}`),
        schema ? pretty(schema) : el("p", {}, "Non-JSON body."),
      ),
    );
  }
  return section;
}

async function main() {
  const main = document.getElementById("ops");
  const toc = document.getElementById("toc");
  try {
    const res = await fetch("/api/openapi.json", { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const doc = await res.json();
    main.replaceChildren();
    const list = el("ul");
    if (doc.info?.description) main.append(el("p", {}, doc.info.description));
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const section = renderOp(path, method, op);
        main.append(section);
        list.append(
          el(
            "li",
            {},
            el("a", { href: `#${section.id}` }, `${method.toUpperCase()} ${path}`),
            " ",
            el("span", { class: "tag" }, op.summary || ""),
          ),
        );
      }
    }
    toc.replaceChildren(list);
  } catch (error) {
    main.replaceChildren(el("p", {}, `Could not load the OpenAPI document: ${error.message}`));
  }
}
main();
