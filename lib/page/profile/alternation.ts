/**
 * Words or labels as one pattern's alternatives, each matched as written (a label's brackets and full stops are
 * literal: "cognome(i) / nome(i)", "н.в.") and the longest first, so "based in" is tried before "based".
 */
export const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
