import { describe, expect, it } from 'vitest';
import { clickControl, controls, summary, typeInPanel, until } from './firefox-panel';
import { everything, HOSTILE_SCRIPT, PANEL_ONLY, SECRET_ANNOTATION, SECRET_NOTE, type HostileLog } from './hostile-page';
import { selectTextInPage } from './page-helpers';
import { withFirefox } from './suite';

describe('Firefox: typing isolation and an annotation that survives a reload', () => {
  const env = withFirefox();

  const open = async () => {
    const page = await env.browser.newPage();
    // Tall enough for the whole panel: a control scrolled out of the viewport cannot be clicked.
    await page.setViewport({ width: 1280, height: 1100 });
    return page;
  };

  it('keys typed in the panel never reach the page', async () => {
    const page = await open();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await until(() => summary(page), (s) => s !== null);
    await page.evaluate(() => {
      (window as unknown as { keys: number }).keys = 0;
      document.addEventListener('keydown', () => (window as unknown as { keys: number }).keys++);
      window.addEventListener('keypress', () => (window as unknown as { keys: number }).keys++);
    });
    await clickControl(page, 'Quick note');
    await page.keyboard.type('Strong Go background');
    expect(await page.evaluate(() => (window as unknown as { keys: number }).keys)).toBe(0);
    await page.close();
  });

  it('a note in the panel can be edited and deleted, and an Undo brings it back', async () => {
    const page = await open();
    // Tall enough for the panel with its notes open and one being edited.
    await page.setViewport({ width: 1280, height: 1800 });
    await page.goto(env.server.url('profiles/006-personal-portfolio.html'));
    await until(() => summary(page), (s) => s !== null);
    await clickControl(page, 'Quick note');
    await typeInPanel(page, 'Ask about the design system');
    await clickControl(page, 'Add note');
    expect((await until(() => summary(page), (s) => s?.notes.length === 1))?.notes).toEqual(['Ask about the design system']);
    await clickControl(page, 'Notes (1)');
    await clickControl(page, 'Edit note: Ask about the design system');
    // The edit box takes the button's place and name: click into it, go to its end, type.
    await clickControl(page, 'Edit note: Ask about the design system');
    await page.keyboard.press('End');
    await page.keyboard.type(' and its tokens');
    const edited = 'Ask about the design system and its tokens'.length;
    // (Measuring asks the panel to report again: its drafts then say how much each box holds.)
    await until(async () => (await controls(page), summary(page)), (s) => ((s as { drafts?: string } | null)?.drafts ?? '').includes(`=${edited}`));
    // Saved from the keyboard: Tab to Save, Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await until(() => summary(page), (s) => s?.notes[0] === 'Ask about the design system and its tokens'))?.notes).toEqual(['Ask about the design system and its tokens']);
    await clickControl(page, 'Delete note: Ask about the design system and its toke…');
    expect((await until(() => summary(page), (s) => s?.notes.length === 0))?.notes).toEqual([]);
    await clickControl(page, 'Undo');
    expect((await until(() => summary(page), (s) => s?.notes.length === 1))?.notes).toEqual(['Ask about the design system and its tokens']);
    await page.close();
  });

  it('a hostile page learns nothing the recruiter types or reads in the panel, and cannot stop it appearing', async () => {
    const page = await open();
    // Tall enough for the panel with a note, the composer and the annotation list.
    await page.setViewport({ width: 1280, height: 1800 });
    await page.evaluateOnNewDocument(HOSTILE_SCRIPT);
    await page.goto(env.server.url('profiles/002-resume.html'));
    await until(() => summary(page), (s) => s !== null);
    await clickControl(page, 'Quick note');
    await typeInPanel(page, SECRET_NOTE);
    await clickControl(page, 'Add note');
    await page.evaluate(selectTextInPage, 'Apache Pinot');
    await clickControl(page, 'Annotate');
    await clickControl(page, 'Annotation');
    await typeInPanel(page, SECRET_ANNOTATION);
    await clickControl(page, 'Save annotation');

    expect((await until(() => summary(page), (s) => (s?.annotations.length ?? 0) === 1))?.annotations[0]?.note).toBe(SECRET_ANNOTATION);

    await page.evaluate((words) => (window as unknown as { __probe(w: string[]): void }).__probe(words), PANEL_ONLY);
    const log = (await page.evaluate(() => (window as unknown as { __hostile: HostileLog }).__hostile)) as HostileLog;
    expect(log.events.filter(([, key, data, clip]) => key || data || clip)).toEqual([]);
    // (The e2e build's test attributes on the host say what the panel shows; store builds have none.)
    const heard = everything({ ...log, mutations: log.mutations.filter((m) => !m.startsWith('{')) });
    for (const secret of PANEL_ONLY) expect(heard).not.toContain(secret);
    expect(log.found).toEqual([]);
    expect(log.planted).toBe(true);
    // The recorder is not deaf: keys typed on the page itself it gets.
    await page.mouse.click(10, 700);
    await page.keyboard.type('zq');
    const after = (await page.evaluate(() => (window as unknown as { __hostile: HostileLog }).__hostile)) as HostileLog;
    expect(after.events.some(([type, key]) => type === 'keydown' && key === 'z')).toBe(true);
    await page.close();
  });

  it('annotates selected text, and finds it again after a reload', async () => {
    const page = await open();
    await page.goto(env.server.url('profiles/003-cv.html'));
    await until(() => summary(page), (s) => s !== null);
    await page.evaluate(selectTextInPage, 'Data replication');
    await clickControl(page, 'Annotate');
    await clickControl(page, 'Annotation');
    await typeInPanel(page, 'Ask about backfills');
    await clickControl(page, 'Save annotation');
    await until(() => summary(page), (s) => (s?.annotations.length ?? 0) === 1);

    await page.reload();
    const after = await until(() => summary(page), (s) => (s?.annotations.length ?? 0) === 1);
    expect(after?.annotations).toEqual([{ quote: 'Data replication', note: 'Ask about backfills', orphaned: false }]);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('skillmark-annotation'), { timeout: 10_000 });
    await page.close();
  });
});
