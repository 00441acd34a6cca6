import type { Command } from "commander";
import { LinkageError } from "../errors.js";
import { formatJson, formatListing } from "../format/index.js";
import { aggregateListing } from "./aggregate-listing.js";
import { configFrom, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/** Formats of a profile: the store formats, and cited Markdown or HTML. */
const PROFILE_FORMATS = ["table", "json", "csv", "md", "html"] as const;

/**
 * `linkage actor NAME`: one actor's profile. JSON gives the whole dossier; Markdown and HTML a
 * cited profile; a table its names and aggregated relations; CSV the relations.
 */
export function registerActor(program: Command): void {
  storeOptions(program.command("actor").description("an actor's profile: names, leaders, relations by period, sources"))
    .argument("<actor>", "a name or alias, or an id (as `linkage actors` lists)")
    .option("--as-of <date>", "relations holding on YYYY-MM-DD (YYYY or YYYY-MM: the period's last day)")
    .addHelpText("after", `\nFormats: ${PROFILE_FORMATS.join(", ")} (md and html are cited profiles).`)
    .action(async (ref: string, flags: StoreFlags & { asOf?: string }) => {
      const wanted = flags.format ?? process.env.LINKAGE_FORMAT ?? "table";
      if (!(PROFILE_FORMATS as readonly string[]).includes(wanted)) {
        throw new LinkageError(
          "BAD_ARGUMENT",
          `expected one of ${PROFILE_FORMATS.join(", ")}; found "${wanted}"`,
          "--format",
        );
      }
      const profileFormat = wanted === "md" || wanted === "html";
      const config = configFrom({ db: flags.db, format: profileFormat ? "json" : wanted });
      const dossier = await withStore(config, async (store) =>
        store.actorDossier(await store.resolveActor(ref), { asOf: flags.asOf }),
      );
      if (!dossier) throw new LinkageError("NOT_FOUND", `no actor is named "${ref}"`);
      if (profileFormat) {
        const { buildProfile, renderHtml, renderMarkdown } = await import("../profile/index.js");
        const profile = buildProfile(dossier);
        return void process.stdout.write(wanted === "md" ? renderMarkdown(profile) : renderHtml(profile));
      }
      if (config.format === "json") return void process.stdout.write(formatJson(dossier));
      const relations = formatListing(config.format, aggregateListing(dossier.relations));
      if (config.format === "csv") return void process.stdout.write(relations);
      const a = dossier.actor;
      const about = [
        `#${a.id} ${a.name} (${a.type}, version ${a.version})`,
        `names: ${[...new Set(a.aliases.map((x) => x.alias))].join("; ")}`,
        `documents: ${dossier.documents.map((d) => `#${d.id} ${d.title ?? d.source}`).join("; ")}`,
        `leaders: ${dossier.sections.leaders.map((l) => `${l.leader.name} (${l.from ?? "?"}–${l.to ?? ""})`).join("; ") || "none named"}`,
      ];
      process.stdout.write(`${about.join("\n")}\n\n${relations}`);
    });
}
