import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickInOverlay, overlayElement, overlayText, panelFrame } from '../tools/chromium-extension';
import { SETTLE_MS } from './expectations';
import { withChromium } from './suite';
import { selectTextInPage } from './page-helpers';
import { everything, HOSTILE_SCRIPT, PANEL_ONLY, SECRET_ANNOTATION, SECRET_NOTE, type HostileLog } from './hostile-page';

type Fallback = { native: boolean; highlight(terms: string[]): number; clear(): void };

const highlightSizes = (page: Page) =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return Object.fromEntries([...reg.keys()].map((k) => [k, reg.get(k)!.size]));
  });

describe('Chromium: highlights, annotations, isolation and single-page navigation', () => {
  const env = withChromium();

  async function open(path: string): Promise<Page> {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url(path));
    await page.locator('skillmark-overlay').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Match \d+%/);
    return page;
  }

  it('shows the demo role\'s match and draws highlights by state, with the Custom Highlight API', async () => {
    const page = await open('profiles/000-vetted-talent.html');
    const text = (await overlayText(env.browser.context, page))!;
    expect(text).toMatch(/Match \d+%: \d+ matched, \d+ partial, \d+ missing of 15 required/);
    await expect.poll(() => highlightSizes(page)).toMatchObject({ 'skillmark-matched': expect.any(Number), 'skillmark-partial': expect.any(Number), 'skillmark-nice': expect.any(Number) });
    const sizes = await highlightSizes(page);
    expect(sizes['skillmark-matched']).toBeGreaterThan(10);
    // The screening's "Skills assessed" line is the role's list, not the candidate's evidence: no
    // highlight falls in it, while the same skills are highlighted in the candidate's own sections.
    const inAssessedLine = await page.evaluate(() => {
      const line = [...document.querySelectorAll('li')].find((li) => /Skills assessed/.test(li.textContent ?? ''))!;
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges = [...reg.values()].flatMap((h) => [...h]);
      return { inside: ranges.filter((r) => line.contains(r.startContainer)).length, ansibleElsewhere: ranges.some((r) => r.toString() === 'Ansible' && !line.contains(r.startContainer)) };
    });
    expect(inAssessedLine).toEqual({ inside: 0, ansibleElsewhere: true });
    // No wrapping elements in the page: the DOM is untouched.
    expect(await page.locator('skillmark-mark').count()).toBe(0);
    // The toggle turns them off.
    await clickInOverlay(env.browser.context, page, 'label', 'Highlights');
    await expect.poll(() => highlightSizes(page)).toEqual({});
    await clickInOverlay(env.browser.context, page, 'label', 'Highlights');
    await expect.poll(async () => Object.keys(await highlightSizes(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  // Key events are stopped at the overlay, so the page's listeners (shortcuts bind on document and
  // window, bubbling) never see them. A capture-phase listener on an ancestor runs before any
  // element-level isolation can act; only an iframe could hide keys from those.
  it('typing in the overlay never reaches the page, and the page cannot open its shadow root', async () => {
    const page = await open('profiles/002-resume.html');
    await page.evaluate(() => {
      (window as unknown as { keys: number }).keys = 0;
      document.addEventListener('keydown', () => (window as unknown as { keys: number }).keys++);
      document.body.addEventListener('keypress', () => (window as unknown as { keys: number }).keys++);
      window.addEventListener('keydown', () => (window as unknown as { keys: number }).keys++);
    });
    await clickInOverlay(env.browser.context, page, 'textarea', 'Quick note');
    await page.keyboard.type('Strong Go background');
    expect(await page.evaluate(() => (window as unknown as { keys: number }).keys)).toBe(0);
    expect(await overlayText(env.browser.context, page)).toContain('Add note');
    expect(await page.evaluate(() => document.querySelector('skillmark-overlay')!.shadowRoot)).toBeNull();
    // Typing on the page itself still reaches it.
    await page.mouse.click(10, 500);
    // (Focus leaves the panel's frame for the page a moment after the click.)
    await expect.poll(() => page.evaluate(() => document.hasFocus() && !(document.activeElement instanceof HTMLElement && document.activeElement.localName === 'skillmark-overlay'))).toBe(true);
    await page.keyboard.press('a');
    await expect.poll(() => page.evaluate(() => (window as unknown as { keys: number }).keys)).toBeGreaterThan(0);
    await page.close();
  });

  it('a page that plants elements named like globals (DOM clobbering) still gets the panel', async () => {
    const page = await env.browser.context.newPage();
    const path = 'profiles/002-resume.html';
    await page.route(env.server.url(path), async (route) => {
      const original = await (await route.fetch()).text();
      const planted = ['__skillmarkBridge', 'skillmark', 'bridge', 'browser', 'chrome'].map((id) => `<form id="${id}"></form><img name="${id}">`).join('');
      await route.fulfill({ body: original.replace(/<body([^>]*)>/i, `<body$1>${planted}`), contentType: 'text/html' });
    });
    await page.goto(env.server.url(path));
    await page.locator('skillmark-overlay').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Match \d+%/);
    await page.close();
  });

  it('a note added in the panel clears the box and counts; notes can be edited and deleted there, with an Undo', async () => {
    const page = await open('profiles/006-personal-portfolio.html');
    const frame = panelFrame(page)!;
    await frame.getByRole('textbox', { name: 'Quick note' }).fill('Great portfolio, ask about the design system');
    await frame.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Saved · 1 note');
    expect(await frame.getByRole('textbox', { name: 'Quick note' }).inputValue()).toBe('');

    await frame.getByText('Notes (1)').click();
    await frame.getByRole('button', { name: /^Edit note: Great portfolio, ask about the/ }).click();
    await frame.getByRole('textbox', { name: /^Edit note:/ }).fill('Great portfolio; design system lead at two startups');
    await frame.getByRole('button', { name: 'Save', exact: true }).click();
    // The editor closes once the edit is stored; until then its textarea holds the new words too.
    await expect.poll(() => frame.getByRole('textbox', { name: /^Edit note:/ }).count()).toBe(0);
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('design system lead at two startups');

    await frame.getByRole('button', { name: /^Delete note: Great portfolio/ }).click();
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Saved · 0 notes');
    await frame.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Saved · 1 note');
    await frame.getByText('Notes (1)').click();
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('design system lead at two startups');
    await page.close();
  });

  it('a hostile page learns nothing the recruiter types or reads in the panel, and cannot stop it appearing', async () => {
    const page = await env.browser.context.newPage();
    const path = 'profiles/004-template-resume.html';
    await page.route(env.server.url(path), async (route) => {
      const original = await (await route.fetch()).text();
      await route.fulfill({ body: original.replace(/<head([^>]*)>/i, `<head$1><script>${HOSTILE_SCRIPT}</script>`), contentType: 'text/html' });
    });
    await page.goto(env.server.url(path));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '', { timeout: 15_000 }).toMatch(/Match \d+%/);

    await clickInOverlay(env.browser.context, page, 'textarea', 'Quick note');
    await page.keyboard.type(SECRET_NOTE);
    await clickInOverlay(env.browser.context, page, 'button', 'Add note');
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Saved · 1 note');
    await page.evaluate(selectTextInPage, 'customer portal');
    await clickInOverlay(env.browser.context, page, 'button', 'Annotate');
    await clickInOverlay(env.browser.context, page, 'textarea', 'Annotation');
    await page.keyboard.type(SECRET_ANNOTATION);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await clickInOverlay(env.browser.context, page, 'button', 'Save annotation');
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Annotation saved');
    // Text selected in the panel (its annotation) is the frame's own selection, not the page's.
    await panelFrame(page)!.evaluate((secret) => {
      const li = [...document.querySelectorAll('li')].find((l) => l.textContent?.includes(secret))!;
      getSelection()!.selectAllChildren(li);
      document.execCommand('copy');
    }, SECRET_ANNOTATION);
    await page.waitForTimeout(200);

    await page.evaluate((words) => (window as unknown as { __probe(w: string[]): void }).__probe(words), PANEL_ONLY);
    const log = (await page.evaluate(() => (window as unknown as { __hostile: HostileLog }).__hostile)) as HostileLog;
    expect(log.events.filter(([, key, data, clip]) => key || data || clip)).toEqual([]);
    for (const secret of PANEL_ONLY) expect(everything(log)).not.toContain(secret);
    expect(log.found).toEqual([]);
    expect(log.planted).toBe(true);
    // The recorder is not deaf: keys typed on the page itself, and page text it looks for, it gets.
    await page.mouse.click(10, 600);
    await page.keyboard.type('zq');
    await page.evaluate(() => (window as unknown as { __probe(w: string[]): void }).__probe(['customer portal']));
    const after = (await page.evaluate(() => (window as unknown as { __hostile: HostileLog }).__hostile)) as HostileLog;
    expect(after.events.some(([type, key]) => type === 'keydown' && key === 'z')).toBe(true);
    expect(after.found).toEqual(['customer portal: customer portal']);
    await page.close();
  });

  it('opens the annotation composer in view, its Save button on screen, even when the panel is taller than the window', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 520 });
    await page.goto(env.server.url('profiles/005-json-resume.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Match \d+%/);
    const quote = (await page.evaluate(() => [...document.querySelectorAll('p, li')].map((e) => e.textContent!.trim()).find((t) => t.length > 40)!)).slice(0, 24);
    await page.evaluate(selectTextInPage, quote);
    await clickInOverlay(env.browser.context, page, 'button', 'Annotate');
    const frame = panelFrame(page)!;
    await expect.poll(() => frame.getByRole('button', { name: 'Save annotation' }).count()).toBe(1);
    const inView = await frame.evaluate(() => {
      const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save annotation')!.getBoundingClientRect();
      return { top: save.top, bottom: save.bottom, height: innerHeight, scrollable: document.scrollingElement!.scrollHeight > innerHeight };
    });
    expect(inView.top).toBeGreaterThanOrEqual(0);
    expect(inView.bottom).toBeLessThanOrEqual(inView.height);
    await frame.getByRole('button', { name: 'Cancel' }).click();
    await page.close();
  });

  it('an annotation on selected text is saved and re-anchored after a reload', async () => {
    const page = await open('profiles/003-cv.html');
    const quote = 'presence platform';
    await page.evaluate(selectTextInPage, quote);
    await clickInOverlay(env.browser.context, page, 'button', 'Annotate');
    await clickInOverlay(env.browser.context, page, 'textarea', 'Annotation');
    await page.keyboard.type('Ask how presence detection scaled');
    await clickInOverlay(env.browser.context, page, 'button', 'Save annotation');
    // Listed under Annotations, not just typed: the composer's textarea holds the same words until the save lands.
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Annotations presence platform\s*— Ask how presence detection scaled/);

    await page.reload();
    await page.locator('skillmark-overlay').waitFor({ state: 'attached' });
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Annotations presence platform\s*— Ask how presence detection scaled/);
    await expect.poll(async () => (await highlightSizes(page))['skillmark-annotation'] ?? 0).toBe(1);
    expect(await overlayText(env.browser.context, page)).not.toContain('No longer on the page');
    await page.close();
  });

  it('an annotation whose words arrive late (a lazy section) is orphaned, then anchored when they render', async () => {
    const page = await open('profiles/003-cv.html');
    await page.evaluate(selectTextInPage, 'notebook servers');
    await clickInOverlay(env.browser.context, page, 'button', 'Annotate');
    await clickInOverlay(env.browser.context, page, 'textarea', 'Annotation');
    await page.keyboard.type('Lazy words');
    await clickInOverlay(env.browser.context, page, 'button', 'Save annotation');
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/notebook servers\s*— Lazy words/);

    // The same page, but the annotated words render later: once the panel has said they are gone
    // (the page's own script writes them then, as a lazy section would; no timer to race a slow run).
    await page.route(env.server.url('profiles/003-cv.html'), async (route) => {
      const original = await (await route.fetch()).text();
      await route.fulfill({ body: original.replace('notebook servers', '<span id="late"></span>'), contentType: 'text/html' });
    });
    await page.reload();
    await page.locator('skillmark-overlay').waitFor({ state: 'attached' });
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('No longer on the page');
    const before = (await highlightSizes(page))['skillmark-annotation'] ?? 0;
    await page.evaluate(() => {
      document.getElementById('late')!.textContent = 'notebook servers';
    });
    await expect.poll(async () => (await highlightSizes(page))['skillmark-annotation'] ?? 0, { timeout: 10_000 }).toBe(before + 1);
    expect(await overlayText(env.browser.context, page)).not.toContain('No longer on the page');
    await page.close();
  });

  it('describes real mouse selections as the words they cover: a triple-click paragraph, a double-click word, a drag', async () => {
    const page = await open('profiles/003-cv.html');
    const selected = () => page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ' ').trim());
    // What the annotation composer quotes for the page's current selection (then a fresh page).
    const composed = async () => {
      await expect.poll(() => overlayElement(env.browser.context, page, 'button', 'Annotate')).not.toBeNull();
      await clickInOverlay(env.browser.context, page, 'button', 'Annotate');
      // The composer draws after the click: read it once it shows (under CI load it took longer than one read).
      await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Save annotation');
      const text = (await overlayText(env.browser.context, page)) ?? '';
      await page.reload();
      await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Match \d+%/);
      return text;
    };
    const line = page.locator('li', { hasText: 'Real-time efficiency chargeback' });
    // A triple-click selection ends on an element boundary: the start of the next item.
    await line.click({ clickCount: 3 });
    const paragraph = await selected();
    expect(paragraph).toBe('Real-time efficiency chargeback: Kubernetes clusters and internal remote inference server (EKS, Kinesis, Flink, Glue Spark ETL)');
    expect(await composed()).toContain(paragraph);
    const box = (await line.boundingBox())!;
    await page.mouse.dblclick(box.x + 8, box.y + 8);
    const word = await selected();
    expect(word).toBe('Real');
    expect(await composed()).toContain(`${word} `);
    await page.mouse.move(box.x + 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4, { steps: 5 });
    await page.mouse.up();
    const dragged = await selected();
    expect(dragged.length).toBeGreaterThan(10);
    expect(await composed()).toContain(dragged);
    await page.close();
  });

  it('single-page navigation keeps exactly one overlay on a profile and none elsewhere', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('spa/candidate/maria'));
    const count = () => page.locator('skillmark-overlay').count();
    await expect.poll(count, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Maria Lopez');
    await page.click('text=Job');
    await expect.poll(count, { timeout: 10_000 }).toBe(0);
    await page.click('text=Candidate');
    await expect.poll(count, { timeout: 10_000 }).toBe(1);
    await page.goBack();
    await expect.poll(count, { timeout: 10_000 }).toBe(0);
    await page.goForward();
    await expect.poll(count, { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(SETTLE_MS);
    expect(await count()).toBe(1);
    await page.close();
  });

  it('the panel keeps its own look on a page that restyles everything, collapses, and moves by its header', async () => {
    const page = await open('profiles/002-resume.html');
    const look = ['font-size', 'font-family', 'letter-spacing', 'text-transform', 'color', 'line-height'];
    const panel = () => overlayElement(env.browser.context, page, 'aside', 'Skillmark', look);
    const save = () => overlayElement(env.browser.context, page, 'button', 'Save candidate', look);
    const before = { panel: (await panel())!, save: (await save())! };
    expect(before.panel.style['font-size']).toBe('13px');

    // A page with a huge root size, its own fonts, and rules that reach every element it can.
    await page.addStyleTag({
      content: 'html { font-size: 40px !important } body { font: 30px/3 serif !important } * { letter-spacing: 4px !important; text-transform: uppercase !important; color: red !important; line-height: 3 !important } button { padding: 2rem !important }',
    });
    await page.waitForTimeout(200);
    const after = { panel: (await panel())!, save: (await save())! };
    expect(after.panel.style).toEqual(before.panel.style);
    expect(after.save.style).toEqual(before.save.style);
    expect([after.panel.width, after.save.width, after.save.height]).toEqual([before.panel.width, before.save.width, before.save.height]);

    await clickInOverlay(env.browser.context, page, 'button', 'Collapse Skillmark panel');
    await expect.poll(() => save()).toBeNull();
    await clickInOverlay(env.browser.context, page, 'button', 'Expand Skillmark panel');
    await expect.poll(async () => (await save()) !== null).toBe(true);

    // Dragged by its header, 300 px left and 120 px down.
    const head = (await overlayElement(env.browser.context, page, 'header', 'Skillmark'))!;
    const grab = { x: head.x + 40, y: head.y + head.height / 2 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x - 150, grab.y + 60, { steps: 5 });
    await page.mouse.move(grab.x - 300, grab.y + 120, { steps: 5 });
    await page.mouse.up();
    // The frame is moved by the page side as the panel reports the drag: asynchronously.
    await expect.poll(async () => {
      const moved = (await panel())!;
      return [Math.round(moved.x - after.panel.x), Math.round(moved.y - after.panel.y)];
    }).toEqual([-300, 120]);
    await page.close();
  });

  it('docks to the side so it hides nothing (the page narrows), floats again as it was, and starts collapsed on a narrow page', async () => {
    const page = await open('profiles/001-portfolio.html');
    const frameBox = () => page.evaluate(() => document.querySelector('skillmark-overlay')!.getBoundingClientRect().width);
    expect(await frameBox()).toBeGreaterThanOrEqual(0);
    const rootMargin = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    const before = await rootMargin();
    const frame = panelFrame(page)!;
    await frame.getByRole('button', { name: 'Dock the panel to the side of the page' }).click();
    await expect.poll(rootMargin).toBe('340px');
    // The page's content now ends where the docked panel begins: nothing is under it.
    const layout = await page.evaluate(() => ({ body: document.body.getBoundingClientRect().right, width: innerWidth, height: innerHeight }));
    expect(layout.body).toBeLessThanOrEqual(layout.width - 340);
    const docked = (await overlayElement(env.browser.context, page, 'aside', 'Skillmark'))!;
    expect(Math.round(docked.x + docked.width)).toBe(layout.width);
    await page.screenshot({ path: resolve(import.meta.dirname, '../../.output/screenshots/panel-docked.png') });
    await frame.getByRole('button', { name: 'Float the panel over the page' }).click();
    await expect.poll(rootMargin).toBe(before);

    // A 600 px window: the panel starts collapsed, and offers no docking.
    const narrow = await env.browser.context.newPage();
    await narrow.setViewportSize({ width: 600, height: 800 });
    await narrow.goto(env.server.url('profiles/001-portfolio.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, narrow)) ?? '').toContain('Skillmark');
    await expect.poll(() => panelFrame(narrow)!.getByRole('button', { name: 'Expand Skillmark panel' }).count()).toBe(1);
    expect(await panelFrame(narrow)!.getByRole('button', { name: /Dock the panel/ }).count()).toBe(0);
    await Promise.all([narrow.close(), page.close()]);
  });

  it('a skill in the panel scrolls the page to its first mention; with highlights off the panel says there is none', async () => {
    const page = await open('profiles/000-vetted-talent.html');
    // A short window, so that some mentions start below the fold while the matched chips still show.
    await page.setViewportSize({ width: 1280, height: 500 });
    const chips = ['Ansible', 'ArgoCD', 'DevOps', 'AWS', 'Docker', 'Kubernetes'];
    // The first mention of each, in page coordinates, as the highlighter finds it (a whole word).
    const firstAt = await page.evaluate((names) => {
      const at: Record<string, number> = {};
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const name of names) {
          if (name in at || !new RegExp(`(^|[^A-Za-z])${name}([^A-Za-z]|$)`).test(n.textContent ?? '')) continue;
          const r = document.createRange();
          r.selectNodeContents(n);
          at[name] = r.getBoundingClientRect().top + scrollY;
        }
      }
      return at;
    }, chips);
    const [skill, top] = Object.entries(firstAt).sort((a, b) => b[1] - a[1])[0]!;
    const viewport = page.viewportSize()!.height;
    expect(top).toBeGreaterThan(viewport);
    await page.evaluate(() => scrollTo(0, 0));
    await clickInOverlay(env.browser.context, page, 'button', skill);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(top - viewport);
    await expect.poll(async () => {
      const y = await page.evaluate(() => scrollY);
      return top >= y && top <= y + viewport;
    }).toBe(true);

    // With highlights off there is nothing to scroll to, and the panel says so.
    await page.setViewportSize({ width: 1280, height: 900 });
    await clickInOverlay(env.browser.context, page, 'label', 'Highlights');
    // The page side has cleared them before the skill is asked for (on a loaded machine the
    // click can otherwise reach the page before the setting does).
    await expect.poll(() => highlightSizes(page)).toEqual({});
    await clickInOverlay(env.browser.context, page, 'button', 'Docker');
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Docker is not highlighted on this page.');
    await clickInOverlay(env.browser.context, page, 'label', 'Highlights');
    await page.close();
  });

  it('without the CSS Custom Highlight API, highlights wrap the mentions and leave the page as it was when cleared', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('non-profiles/job-posting.html'));
    const bundle = await build({ entryPoints: [resolve(import.meta.dirname, '../tools/bench-highlight-entry.ts')], bundle: true, write: false, format: 'iife', logLevel: 'silent' });
    const before = await page.evaluate(() => ({ html: new XMLSerializer().serializeToString(document.body), text: document.body.innerText }));
    await page.evaluate(() => delete (window as unknown as { Highlight?: unknown }).Highlight);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    expect(await page.evaluate(() => (window as unknown as { skillmarkBench: Fallback }).skillmarkBench.native)).toBe(false);

    await page.evaluate(() => (window as unknown as { skillmarkBench: Fallback }).skillmarkBench.highlight(['Kubernetes', 'Terraform']));
    const marks = await page.locator('skillmark-mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['Kubernetes', 'Terraform']));
    expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);

    await page.evaluate(() => (window as unknown as { skillmarkBench: Fallback }).skillmarkBench.clear());
    expect(await page.locator('skillmark-mark').count()).toBe(0);
    expect(await page.evaluate(() => new XMLSerializer().serializeToString(document.body))).toBe(before.html);
    await page.close();
  });
});
