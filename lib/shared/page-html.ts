/** The most of a page's markup that is read (the text model reads at most 20,000 lines of it anyway). */
export const PAGE_HTML_MAX = 8 * 1024 * 1024;
