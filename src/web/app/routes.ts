/** The paths of the UI's pages, built from ids and encoded text only. */

export const paths = {
  network: (query: Record<string, string> = {}) => withQuery("/", query),
  actor: (id: number) => `/actors/${id}`,
  document: (id: number, assertion?: number) => `/documents/${id}${assertion ? `?assertion=${assertion}` : ""}`,
  timeline: (a: string, b: string) => withQuery("/timeline", { a, b }),
  review: (status = "pending", offset = 0) =>
    withQuery("/review", { status, ...(offset ? { offset: String(offset) } : {}) }),
  upload: () => "/upload",
  search: (q: string) => withQuery("/search", { q }),
};

function withQuery(path: string, query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
}
