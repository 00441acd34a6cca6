import type { Command } from "commander";
import { LinkageError } from "../errors.js";
import { formatJson, formatListing, formatTable } from "../format/index.js";
import { relationListing } from "../format/rows.js";
import { parseDocumentId } from "../services/relation-query.js";
import { configFrom, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/**
 * `linkage show-doc ID`: one document. JSON gives everything (text, mentions, relations); a
 * table gives its details and relations; CSV its relations.
 */
export function registerShowDoc(program: Command): void {
  storeOptions(program.command("show-doc").description("show one document with its relations"))
    .argument("<id>", "document id, as `linkage documents` lists")
    .action(async (rawId: string, flags: StoreFlags) => {
      const config = configFrom(flags);
      const id = parseDocumentId(rawId);
      const doc = await withStore(config, (store) => store.getDocument(id));
      if (!doc) throw new LinkageError("NOT_FOUND", `no document has id ${id}`);
      if (config.format === "json") return void process.stdout.write(formatJson(doc));
      const relations = formatListing(config.format, relationListing(doc.relations));
      if (config.format === "csv") return void process.stdout.write(relations);
      // The table leaves out the text and lists of mentions: `--format json` has them.
      const fields = [
        "id",
        "title",
        "published",
        "author",
        "source",
        "media_type",
        "word_count",
        "ingested_at",
        "sha256",
      ] as const;
      const about = [
        ...fields.map((field) => ({ field, value: doc[field] })),
        { field: "mentions", value: doc.mentions.length },
      ];
      const details = formatTable(about, { columns: ["field", "value"], maxWidth: 100 });
      process.stdout.write(`${details}\n${relations}`);
    });
}
