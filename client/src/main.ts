import "./csp";
import "./style.css";
import { Api } from "./api";
import { askInDialog, SessionApiKey } from "./ui/apiKey";
import { App } from "./ui/app";

const root = document.getElementById("app");
if (root) {
  const app = new App(root, new Api("", undefined, new SessionApiKey(sessionStorage, askInDialog)));
  // Exposed for the end-to-end tests and for debugging from the console.
  (window as unknown as { zonegraph: App }).zonegraph = app;
  window.addEventListener("pagehide", () => app.destroy(), { once: true });
  void app.start();
}
