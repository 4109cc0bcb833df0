/**
 * The panel's own styles, in pixels and system fonts, so the page's rem and fonts never leak in.
 * Colours are the palette's custom properties (palette.ts), installed beside these.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  position: fixed; top: 16px; right: 16px; z-index: 2147483647; width: 340px; max-height: calc(100vh - 32px);
  display: flex; flex-direction: column; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text);
  background: var(--surface); border: 1px solid var(--divider); border-radius: 10px; box-shadow: 0 10px 28px var(--shadow); text-align: left;
}
.head { display: flex; align-items: center; gap: 8px; padding: 8px 10px 8px 14px; background: var(--accent-bg); color: var(--on-accent); border-radius: 9px 9px 0 0; cursor: move; user-select: none; touch-action: none; }
.collapsed .head { border-radius: 9px; }
.resize { position: absolute; left: 0; top: 0; bottom: 0; width: 6px; cursor: ew-resize; touch-action: none; border-radius: 9px 0 0 9px; }
.resize:hover, .resize:focus-visible { background: var(--focus); outline: none; }
.brand { font-weight: 700; font-size: inherit; margin: 0; }
.kind { font-size: 11px; background: var(--accent-soft); border-radius: 999px; padding: 1px 8px; white-space: nowrap; }
.score-badge { margin-left: auto; font-weight: 700; background: var(--on-accent); color: var(--accent-bg); border-radius: 999px; padding: 0 8px; font-size: 12px; }
.icon { margin-left: 4px; width: 26px; height: 26px; border: 0; border-radius: 6px; background: var(--accent-soft); color: var(--on-accent); font: 700 16px/1 system-ui, sans-serif; cursor: pointer; }
.head .kind + .icon { margin-left: auto; }
button:focus-visible, select:focus-visible, textarea:focus-visible, input:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.conflict-note { margin: 4px 0; padding: 4px 8px; background: var(--warn-bg); color: var(--warn-text); border-radius: 6px; font-size: 12px; }
.asked { margin: 0 0 8px; padding: 6px 8px; background: var(--warn-bg); color: var(--warn-text); border-radius: 6px; font-size: 12px; }
.body { padding: 12px 14px 14px; overflow: auto; display: grid; grid-template-columns: minmax(0, 1fr); gap: 12px; }
.name { margin: 0; font-size: 17px; line-height: 1.25; }
.headline { margin: 2px 0 0; color: var(--muted); }
.facts { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 2px 10px; margin: 8px 0 0; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; font-weight: 600; }
.row { display: flex; gap: 8px; align-items: center; }
.role .row > span { flex: none; }
.role select { flex: 1; min-width: 0; width: 100%; font: inherit; padding: 3px 6px; border: 1px solid var(--border); border-radius: 6px; background: var(--surface); color: var(--text); }
.score { margin: 8px 0 4px; color: var(--muted); } .score strong { color: var(--text); font-size: 15px; }
.group h3, .annotations h3 { margin: 8px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: 0.4px; color: var(--muted); }
.count { font-weight: 400; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 5px; margin: 0; padding: 0; }
.chip { font: 12px/1.4 system-ui, sans-serif; border-radius: 999px; padding: 1px 9px; border: 1px solid transparent; cursor: pointer; }
.chip.matched { background: var(--good-bg); border-color: var(--good-border); color: var(--good-text); }
.chip.partial { background: var(--warn-bg); border-color: var(--warn-border); color: var(--warn-text); }
.chip.missing { background: var(--neutral-bg); border-color: var(--neutral-border); color: var(--neutral-text); text-decoration: line-through; cursor: default; }
.chip.nice { background: var(--info-bg); border-color: var(--info-border); color: var(--info-text); }
.why { font-size: 11px; }
.warnings { background: var(--warn-bg); color: var(--warn-text); border-radius: 6px; padding: 6px 10px; }
.warnings summary { cursor: pointer; font-weight: 600; }
.warnings ul { margin: 6px 0 0; padding-left: 18px; }
.actions { display: grid; gap: 6px; }
button.primary { font: 600 13px/1 system-ui, sans-serif; background: var(--accent-bg); color: var(--on-accent); border: 0; border-radius: 6px; padding: 8px 12px; cursor: pointer; }
button.primary:disabled { opacity: 0.6; }
.toggle { display: flex; align-items: center; gap: 4px; cursor: pointer; }
.muted { margin: 0; color: var(--muted); }
.note { display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px; }
.note label { display: block; }
.note textarea { width: 100%; font: inherit; padding: 6px 8px; border: 1px solid var(--border); border-radius: 6px; resize: vertical; color: var(--text); background: var(--surface); }
.note button, .note-actions button, .undo-bar button { justify-self: end; font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 6px; border: 1px solid var(--accent); background: var(--surface); color: var(--accent); cursor: pointer; }
.note button:disabled { opacity: 0.5; cursor: default; }
.annotate blockquote { margin: 0 0 6px; padding: 4px 8px; border-left: 3px solid var(--annot-border); background: var(--annot-bg); color: var(--annot-text); }
.link { border: 0; background: none; color: var(--accent); text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
.annotations ul { margin: 0; padding-left: 16px; }
.orphans { color: var(--muted); }
.error { margin: 0; color: var(--bad-text); font-weight: 600; }
.notice { margin: 0; color: var(--good-text); }
.error-only { margin: 0; padding: 10px 14px; color: var(--bad-text); font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.note-list { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 8px; }
.note-list li { border-left: 3px solid currentColor; padding: 2px 0 2px 10px; }
.note-list p { margin: 2px 0 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.note-list textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 6px 8px; border: 1px solid var(--border); border-radius: 6px; color: var(--text); background: var(--surface); }
.note-actions { display: flex; gap: 6px; flex-wrap: wrap; }
.undo-bar:empty { display: none; }
.undo-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 8px 0; padding: 6px 10px; border: 1px solid currentColor; border-radius: 6px; }
.notes summary { cursor: pointer; font-weight: 600; margin-top: 6px; }
.panel.docked { min-height: 100vh; box-sizing: border-box; border-radius: 0; }
`;
