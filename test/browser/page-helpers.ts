/**
 * Runs in the page (both Playwright and Puppeteer serialise it): selects the first occurrence of the
 * text, as a person's drag would, and reports the mouseup the overlay listens for.
 */
export function selectTextInPage(quote: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(quote);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + quote.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return;
  }
  throw new Error(`"${quote}" is not on the page`);
}
