/** Debian's Chromium as the e2e tests run it: headless, with WebGL in software (SwiftShader). */
export const CHROMIUM_EXECUTABLE = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
];
