/**
 * The languages of the world's CVs (ISO 639-1, Serbian's Latin script and Chinese's traditional one), whose
 * locale data the browser carries: the months, the words for years and months (test/tools/calendar-words.ts
 * writes them to calendar-words.json) and the countries' names (places.ts) are read in each.
 */
export const CV_LOCALES =
  'af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu ha he hi hr hu hy id ig is it ja ka kk km kn ko ky lb lo lt lv mk ml mn mr ms mt my nb ne nl nn pa pl ps pt ro ru si sk sl so sq sr sr-Latn sv sw ta te tg th tk tr uk ur uz vi zh zh-Hant zu'.split(' ');
