/** Keyboard shortcuts of the explorer (the console and inputs keep their own keys). */
export interface KeyCommands {
  search(): void;
  undo(): void;
  redo(): void;
  expand(): void;
  hide(): void;
  collapse(): void;
  pin(): void;
  fit(): void;
  deselect(): void;
  list(): void;
}

function isTyping(target: HTMLElement | null): boolean {
  return (
    !!target &&
    (target.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(String(target.tagName)))
  );
}

const PLAIN: Record<string, keyof KeyCommands> = {
  e: "expand",
  delete: "hide",
  backspace: "hide",
  c: "collapse",
  p: "pin",
  f: "fit",
  l: "list",
};

/** Install the shortcuts on the document; returns the function that removes them. */
export function bindKeys(c: KeyCommands): () => void {
  const onKey = (e: KeyboardEvent): void => {
    // The real target, also inside a shadow root (the Cypher editor lives in one; e.target is its host).
    const target = (e.composedPath()[0] ?? e.target) as HTMLElement | null;
    const typing = isTyping(target);
    if (typing && e.key !== "Escape") return;
    if (document.querySelector("dialog[open]")) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if ((e.key === "/" && !mod) || (mod && key === "k")) {
      e.preventDefault();
      c.search();
    } else if (mod && key === "z" && !e.shiftKey) {
      e.preventDefault();
      c.undo();
    } else if (mod && (key === "y" || (key === "z" && e.shiftKey))) {
      e.preventDefault();
      c.redo();
    } else if (mod || e.altKey) {
      return;
    } else if (e.key === "Escape") {
      if (typing) target?.blur();
      else c.deselect();
    } else {
      const cmd = PLAIN[key];
      if (cmd) c[cmd]();
    }
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
