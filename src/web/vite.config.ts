/**
 * The web UI's build: src/web → dist/web, everything bundled (cytoscape included), nothing
 * fetched from elsewhere at run time. Run from the package root by `npm run build`.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("."),
  base: "/",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: here("../../dist/web"),
    emptyOutDir: true,
    // The polyfill is unneeded in the browsers linkage supports, and is code we need not ship.
    modulePreload: { polyfill: false },
    // cytoscape alone is ~450 kB; that is the network view, not an accident.
    chunkSizeWarningLimit: 1000,
    sourcemap: false,
  },
});
