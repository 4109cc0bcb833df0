/** How a person's name is compared with the addresses, handles and lines that may carry it. */

// ("Белозёрова" for "belozerova.ai@": a name in Cyrillic, in the Latin letters its mailbox and handles write it with.)
const CYRILLIC: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

/** Text in lower case without its accents, the letters no accent makes ("ı", "ł", "ø", "ß") as their plain ones. */
export const folded = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss');

const romanised = (text: string) => text.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);

/** The parts of a name of three letters or more, folded; a Cyrillic name's in Latin letters as well. */
export function nameParts(name: string | null): string[] {
  const parts = name ? folded(name).split(/[\s.'’-]+/).filter((w) => w.length >= 3) : [];
  return name && CYRILLIC_LETTER.test(name) ? [...parts, ...parts.map(romanised)] : parts;
}

/** The parts of a name in Latin letters, as an address or a handle can carry them: none for a name in a script that cannot say. */
export const latinNameParts = (name: string | null): string[] => nameParts(name).filter((p) => /^[a-z]+$/.test(p));

// A Japanese name in kanji, family and given name ("佐伯 美緒"), and its reading in kana, both names too ("さえき みお", "サエキ ミオ"),
// as a heading or a record sets it after the name or under it. (A given name may be written in hiragana itself: "早瀬 みなみ".)
const KANJI_NAME = '\\p{sc=Han}{1,4}\\s\\p{sc=Han}{1,4}';
const KANA_READING = '[\\p{sc=Hiragana}ー]+\\s[\\p{sc=Hiragana}ー]+|[\\p{sc=Katakana}ー]+\\s[\\p{sc=Katakana}ー]+';
export const KANJI_NAME_ALONE = new RegExp(`^${KANJI_NAME}$`, 'u');
export const KANA_READING_ALONE = new RegExp(`^(?:${KANA_READING})$`, 'u');
const READING_AFTER = new RegExp(`^(${KANJI_NAME})\\s+(?:${KANA_READING})$`, 'u');
/** The name without the reading written after it: "佐伯 美緒 さえき みお" → "佐伯 美緒". */
export const withoutReading = (name: string | null): string | null => (name ? name.replace(READING_AFTER, '$1') : name);

