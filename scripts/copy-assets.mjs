// Copies the data files tsc does not emit (gazetteers, SQL migrations) from src/ into dist/.
import { cpSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ASSET = /\.(json|sql)$/;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (ASSET.test(name)) cpSync(path, path.replace(/^src/, "dist"));
  }
}

walk("src");
