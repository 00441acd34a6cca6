/**
 * Markdown's inline markup removed from one line, keeping the words a reader sees:
 *   "**Hamas** and [Fatah](https://example.org/fatah)" → "Hamas and Fatah"
 * Every pattern has bounded repetition and stops at the next opening bracket, so a hostile
 * 1-million-character line ("[[[[…", "**a **a …") costs linear time.
 */

// "\*" is a literal star: escaped characters are set aside in the Private Use Area while the
// patterns run, then put back. (Text that itself holds U+E000–U+E07F is not expected in prose.)
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>|~])/g;
const SET_ASIDE = /[\ue000-\ue07f]/g;
const PRIVATE_USE_BASE = 0xe000;

// ![alt](src) and ![alt][ref]: images are not prose, alt text included.
const IMAGE = /!\[[^[\]\n]{0,500}\](?:\((?:[^()\n]|\([^()\n]{0,500}\)){0,2000}\)|\[[^[\]\n]{0,500}\])/g;
// [text](url), allowing one level of parentheses in the URL: (https://w.org/wiki/X_(group))
const INLINE_LINK = /\[([^[\]\n]{0,500})\]\((?:[^()\n]|\([^()\n]{0,500}\)){0,2000}\)/g;
// [text][ref] and [text][]
const REFERENCE_LINK = /\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,500}\]/g;
// [^1]: a footnote marker in running text
const FOOTNOTE_REF = /\[\^[^[\]\s]{1,100}\]/g;
// <https://example.org>
const AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,2000})>/g;
// <br>, <sup class="x">, </span>: raw HTML inside Markdown
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?\/?>/g;
// `code`
const CODE_SPAN = /`{1,3}([^`\n]{1,1000})`{1,3}/g;
// **strong**, __strong__
const STAR_STRONG = /\*\*(?=[^\s*])([^*\n]{0,1000}?[^\s*])\*\*/g;
const UNDERSCORE_STRONG = /__(?=[^\s_])([^_\n]{0,1000}?[^\s_])__/g;
// *emphasis*
const STAR_EMPHASIS = /\*(?=[^\s*])([^*\n]{0,1000}?[^\s*])\*/g;
// _emphasis_, but not snake_case_words
const UNDERSCORE_EMPHASIS = /(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_\n]{0,1000}?[^\s_])_(?![\p{L}\p{N}_])/gu;
// ~~struck~~
const STRIKETHROUGH = /~~(?=\S)([^~\n]{0,1000}?\S)~~/g;

/** Remove inline Markdown from one line of text. */
export function stripInline(line: string): string {
  // Lines with no markup characters at all are the common case: leave them untouched.
  if (!/[\\[\]<`*_~]/.test(line)) return line;
  return line
    .replace(ESCAPED, (_, c: string) => String.fromCharCode(PRIVATE_USE_BASE + c.charCodeAt(0)))
    .replace(IMAGE, "")
    .replace(INLINE_LINK, "$1")
    .replace(REFERENCE_LINK, "$1")
    .replace(FOOTNOTE_REF, "")
    .replace(AUTOLINK, "$1")
    .replace(HTML_TAG, "")
    .replace(CODE_SPAN, "$1")
    .replace(STAR_STRONG, "$1")
    .replace(UNDERSCORE_STRONG, "$1")
    .replace(STAR_EMPHASIS, "$1")
    .replace(UNDERSCORE_EMPHASIS, "$1$2")
    .replace(STRIKETHROUGH, "$1")
    .replace(SET_ASIDE, (c) => String.fromCharCode(c.charCodeAt(0) - PRIVATE_USE_BASE));
}
