/**
 * Debian's chromium as the browser tests and the UI benchmark drive it: headless, without the
 * services that would reach the network. Plain JavaScript so that bench/ can import it too.
 */
export const CHROMIUM = "/usr/bin/chromium";

export const HEADLESS_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
