import { describe, expect, it } from 'vitest';
import { nestedBeyond, parseHtmlDocument } from './parse-html';

describe('parseHtmlDocument', () => {
  it('builds the document a browser builds: a page without <body> has its content in the body', () => {
    const doc = parseHtmlDocument('<!doctype html><meta charset=utf-8><title>resume - jane doe</title><h1>Jane Doe</h1><p>Engineer<p>Berlin');
    expect(doc.title).toBe('resume - jane doe');
    expect(doc.body.querySelector('h1')?.textContent).toBe('Jane Doe');
    expect([...doc.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Engineer', 'Berlin']);
    // (And a page that opens its body but not its head.)
    const headless = parseHtmlDocument('<!DOCTYPE html><html lang="de"><meta charset="utf-8"><title>Katharina Vogt</title><body><h1>Katharina Vogt</h1></body></html>');
    expect(headless.body.querySelector('h1')?.textContent).toBe('Katharina Vogt');
  });

  it('puts in the body what a page writes before its <html> tag, as a browser does', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><div> <link rel="canonical" href="https://cv.example.com/de/"> <html lang="de"> <head><meta charset="utf-8"><title>Lebenslauf</title></head> <body> <h1>Katharina Albrecht</h1><p>Softwarearchitektin</p></body></html>');
    expect(doc.body.querySelector('h1')?.textContent).toBe('Katharina Albrecht');
    expect(doc.body.textContent).toContain('Softwarearchitektin');
    // (And a page with a head and a body but no <html> tag.)
    const rootless = parseHtmlDocument('<!DOCTYPE html><head><meta charset="utf-8"></head><body><header><h1>Jane Doe</h1></header><p>Engineer</p></body>');
    expect(rootless.body.querySelector('h1')?.textContent).toBe('Jane Doe');
  });

  it('reads the body of a page with an element between its head and its body, as a browser does', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html><head><title>关于我</title></head><script>window.theme = {}</script><body><h1>林嘉怡</h1><p>前端工程师</p></body></html>');
    expect(doc.body.querySelector('h1')?.textContent).toBe('林嘉怡');
    expect(doc.body.textContent).toContain('前端工程师');
  });
});

describe('nestedBeyond', () => {
  it('counts how deep elements nest, not how many there are, and not the ones a later tag closes', () => {
    expect(nestedBeyond('<div><div><span>x</span></div></div>', 3)).toBe(false);
    expect(nestedBeyond('<div><div><div><span>x</span></div></div></div>', 3)).toBe(true);
    expect(nestedBeyond('<div></div>'.repeat(100), 3)).toBe(false);
    expect(nestedBeyond(`<ul>${'<li><p>item<br><img src="a.png">'.repeat(100)}</ul>`, 3)).toBe(false);
    expect(nestedBeyond('<div/><div/><div/><div/>', 3)).toBe(false);
  });

  it('leaves a page nested beyond any real one to linkedom, which builds it as written', () => {
    const depth = 5_000;
    const doc = parseHtmlDocument(`<html><body>${'<div>'.repeat(depth)}Jane Doe${'</div>'.repeat(depth)}</body></html>`);
    expect(doc.body.textContent).toBe('Jane Doe');
    expect(doc.querySelectorAll('div').length).toBe(depth);
  });
});

describe('revealStreamedBoundaries', () => {
  it('moves a streamed boundary’s content into its place, as React’s inline script does, and drops the fallback', () => {
    const html = '<html><head></head><body><main><!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$--></main><div hidden id="S:0"><h1>Thaís Albuquerque</h1><p>Engenheira de software</p></div><script>$RC("B:0","S:0")</script></body></html>';
    const doc = parseHtmlDocument(html);
    expect(doc.querySelector('main')?.textContent).toBe('Thaís Albuquerque' + 'Engenheira de software');
    expect(doc.getElementById('S:0')).toBeNull();
    expect(doc.querySelector('.skeleton')).toBeNull();
  });

  it('leaves a boundary whose content never came as it is', () => {
    const doc = parseHtmlDocument('<html><head></head><body><main><!--$?--><template id="B:1"></template><p>Loading…</p><!--/$--></main></body></html>');
    expect(doc.querySelector('main p')?.textContent).toBe('Loading…');
  });
});
