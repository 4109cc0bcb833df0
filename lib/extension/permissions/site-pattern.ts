/**
 * The match pattern that asks for, and runs on, one site: its scheme and host, every path. Without
 * the port: Firefox refuses match patterns that name one, and a pattern without one matches every
 * port in both browsers.
 */
export function sitePattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}
