/** What every route module is given. */
import type { Config } from "../config.js";
import type { Store } from "../store/index.js";

export interface RouteContext {
  store: Store;
  config: Pick<Config, "maxInputBytes" | "readAccess" | "host" | "user">;
}
