/** The API's answers, as the server's own types declare them (type-only imports: nothing is bundled). */

export type { GraphEdge, GraphNode, GraphView } from "../../services/graph-view.js";
export type { UploadOutcome } from "../../services/upload-service.js";
export type {
  ActorProfile,
  ActorRecord,
  DocumentDetail,
  DocumentSummary,
  MentionRecord,
  RelationRecord,
  ReviewQueuePage,
  ReviewStatus,
  SearchResults,
} from "../../store/index.js";
