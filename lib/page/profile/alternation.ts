/**
 * Words or labels as one pattern's alternatives, each matched as written (a label's brackets and full stops are
 * literal: "cognome(i) / nome(i)", "н.в.") and the longest first, so "based in" is tried before "based".
 */
export const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * The same, the alternatives grouped by their first letter ("j(?:anuary|an)|f(?:ebruary|eb)"): a long list of words
 * (the months of eighty languages) then costs a text's position one test of its letter, not one per word. For
 * case-insensitive patterns; the words keep their order, longest first, within each letter.
 */
export function letterGroups(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const first = [...w][0]!;
    const key = first.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), w.slice(first.length)]);
  }
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...groups].map(([first, rests]) => `${escape(first)}(?:${rests.map(escape).join('|')})`).join('|');
}

