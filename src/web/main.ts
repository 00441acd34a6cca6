/** The web UI: a header on every page and one page at a time, chosen by the path. */
import { renderHeader } from "./app/header";
import { route, startRouter } from "./app/router";
import { actorPage } from "./pages/actor-page";
import { documentPage } from "./pages/document/document-page";
import { networkPage } from "./pages/network/network-page";
import { reviewPage } from "./pages/review-page";
import { searchPage } from "./pages/search-page";
import { timelinePage } from "./pages/timeline-page";
import { uploadPage } from "./pages/upload-page";

route("/", networkPage);
route("/actors/:id", actorPage);
route("/timeline", timelinePage);
route("/documents/:id", documentPage);
route("/review", reviewPage);
route("/upload", uploadPage);
route("/search", searchPage);

renderHeader(document.getElementById("top") as HTMLElement);
startRouter(document.getElementById("page") as HTMLElement);
