/** HTML → readable text: the article without navigation, scripts, headers, footers or forms. */
import { HTMLElement, type Node, NodeType, parse } from "node-html-parser";
import { decodeChars, normaliseLines } from "./text";
import type { Decoded, FileMeta } from "./types";

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "svg",
  "iframe",
  "head",
  "menu",
]);
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "tr",
  "table",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "dd",
  "dt",
  "figcaption",
]);
const NAV_HINT = /\b(nav|menu|breadcrumb|sidebar|footer|header|share|copyright|related)\b/i;

function skipped(el: HTMLElement): boolean {
  const tag = el.rawTagName?.toLowerCase() ?? "";
  if (SKIP.has(tag)) return true;
  if (el.getAttribute("role") === "navigation" || el.getAttribute("aria-hidden") === "true") return true;
  return NAV_HINT.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`);
}

function walk(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text.replace(/\s+/g, " "));
    return;
  }
  if (!(node instanceof HTMLElement) || skipped(node)) return;
  const tag = node.rawTagName?.toLowerCase() ?? "";
  const block = BLOCK.has(tag);
  if (block) out.push("\n");
  for (const child of node.childNodes) walk(child, out);
  if (block) out.push("\n");
  if (tag === "td" || tag === "th") out.push("\t");
}

function metaOf(root: HTMLElement): FileMeta {
  const content = (sel: string) => root.querySelector(sel)?.getAttribute("content")?.trim() || undefined;
  const meta: FileMeta = {};
  const title = content('meta[property="og:title"]') ?? root.querySelector("title")?.text.trim();
  if (title) meta.title = title;
  const author = content('meta[name="author"]');
  if (author) meta.author = author;
  const date =
    content('meta[property="article:published_time"]') ??
    content('meta[name="date"]') ??
    content('meta[name="pubdate"]') ??
    root.querySelector("time")?.getAttribute("datetime");
  if (date) meta.date = date.slice(0, 10);
  return meta;
}

export function htmlToText(html: string): { text: string; meta: FileMeta } {
  const root = parse(html, { comment: false });
  const out: string[] = [];
  const body =
    root.querySelector("main") ?? root.querySelector("article") ?? root.querySelector("body") ?? root;
  walk(body, out);
  const text = out
    .join("")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l, i, arr) => l !== "" || (i > 0 && arr[i - 1] !== ""))
    .join("\n")
    .trim();
  return { text, meta: metaOf(root) };
}

export function decodeHtml(file: string, buf: Uint8Array): Decoded {
  const { text: html, encoding } = decodeChars(file, buf);
  const { text, meta } = htmlToText(normaliseLines(html));
  return { type: "html", text, encoding, meta };
}
