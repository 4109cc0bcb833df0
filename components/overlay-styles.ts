/** The overlay's own styles, in pixels and system fonts, so the page's rem and fonts never leak in. */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  position: fixed; top: 16px; right: 16px; z-index: 2147483647; width: 340px; max-height: calc(100vh - 32px);
  display: flex; flex-direction: column; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2130;
  background: #ffffff; border: 1px solid #cfd6e2; border-radius: 10px; box-shadow: 0 10px 28px rgba(15, 23, 42, 0.2); text-align: left;
}
.head { display: flex; align-items: center; gap: 8px; padding: 8px 10px 8px 14px; background: #14337a; color: #fff; border-radius: 9px 9px 0 0; cursor: move; user-select: none; touch-action: none; }
.collapsed .head { border-radius: 9px; }
.brand { font-weight: 700; }
.kind { font-size: 11px; background: rgba(255,255,255,0.18); border-radius: 999px; padding: 1px 8px; }
.score-badge { margin-left: auto; font-weight: 700; background: #ffffff; color: #14337a; border-radius: 999px; padding: 0 8px; font-size: 12px; }
.icon { margin-left: 4px; width: 26px; height: 26px; border: 0; border-radius: 6px; background: rgba(255,255,255,0.16); color: #fff; font: 700 16px/1 system-ui, sans-serif; cursor: pointer; }
.head .kind + .icon { margin-left: auto; }
button:focus-visible, select:focus-visible, textarea:focus-visible, input:focus-visible, summary:focus-visible { outline: 2px solid #f5b700; outline-offset: 1px; }
.asked { margin: 0 0 8px; padding: 6px 8px; background: #fff6db; color: #5c4400; border-radius: 6px; font-size: 12px; }
.body { padding: 12px 14px 14px; overflow: auto; display: grid; grid-template-columns: minmax(0, 1fr); gap: 12px; }
.name { margin: 0; font-size: 17px; line-height: 1.25; color: #0f172a; }
.headline { margin: 2px 0 0; color: #3b4458; }
.facts { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 2px 10px; margin: 8px 0 0; }
.facts dt { color: #556070; } .facts dd { margin: 0; font-weight: 600; }
.row { display: flex; gap: 8px; align-items: center; }
.role .row > span { flex: none; }
.role select { flex: 1; min-width: 0; width: 100%; font: inherit; padding: 3px 6px; border: 1px solid #b9c2d0; border-radius: 6px; background: #fff; color: #1b2130; }
.score { margin: 8px 0 4px; color: #3b4458; } .score strong { color: #0f172a; font-size: 15px; }
.group h3, .annotations h3 { margin: 8px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: 0.4px; color: #556070; }
.count { color: #8a93a3; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 5px; margin: 0; padding: 0; }
.chip { font: 12px/1.4 system-ui, sans-serif; border-radius: 999px; padding: 1px 9px; border: 1px solid transparent; cursor: pointer; }
.chip.matched { background: #dcf5e4; border-color: #8fd3a6; color: #0d5a2a; }
.chip.partial { background: #fff1cc; border-color: #f0c75e; color: #6b4a00; }
.chip.missing { background: #f4f5f7; border-color: #d3d8e0; color: #5a6272; text-decoration: line-through; cursor: default; }
.chip.nice { background: #e3ecff; border-color: #a9c0f5; color: #1d3a8a; }
.why { font-size: 11px; opacity: 0.85; }
.warnings { background: #fff6e5; color: #6b4200; border-radius: 6px; padding: 6px 10px; }
.warnings summary { cursor: pointer; font-weight: 600; }
.warnings ul { margin: 6px 0 0; padding-left: 18px; }
.actions { display: grid; gap: 6px; }
button.primary { font: 600 13px/1 system-ui, sans-serif; background: #14337a; color: #fff; border: 0; border-radius: 6px; padding: 8px 12px; cursor: pointer; }
button.primary:disabled { opacity: 0.6; }
.toggle { display: flex; align-items: center; gap: 4px; color: #3b4458; cursor: pointer; }
.muted { margin: 0; color: #556070; }
.note { display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px; }
.note label { display: block; }
.note textarea { width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #b9c2d0; border-radius: 6px; resize: vertical; color: #1b2130; background: #fff; }
.note button { justify-self: end; font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 6px; border: 1px solid #14337a; background: #fff; color: #14337a; cursor: pointer; }
.note button:disabled { opacity: 0.5; cursor: default; }
.annotate blockquote { margin: 0 0 6px; padding: 4px 8px; border-left: 3px solid #d46bb8; background: #fdf0fa; color: #3b2a36; }
.link { border: 0; background: none; color: #14337a; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
.annotations ul { margin: 0; padding-left: 16px; }
.orphans { color: #7a5260; }
.error { margin: 0; color: #9b1c1c; font-weight: 600; }
.notice { margin: 0; color: #0d5a2a; }
.error-only { padding: 10px 14px; color: #9b1c1c; font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.annotate-button { position: fixed; z-index: 2147483647; font: 600 12px/1 system-ui, sans-serif; background: #d46bb8; color: #fff; border: 0; border-radius: 6px; padding: 6px 10px; box-shadow: 0 4px 12px rgba(0,0,0,0.2); cursor: pointer; }
.note-list { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 8px; }
.note-list li { border-left: 3px solid currentColor; padding: 2px 0 2px 10px; }
.note-list p { margin: 2px 0 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.note-list textarea { width: 100%; box-sizing: border-box; font: inherit; }
.note-actions { display: flex; gap: 6px; flex-wrap: wrap; }
.note-actions button { font-size: 12px; padding: 4px 8px; }
.undo-bar:empty { display: none; }
.undo-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 8px 0; padding: 6px 10px; border: 1px solid currentColor; border-radius: 6px; }
.notes summary { cursor: pointer; font-weight: 600; margin-top: 6px; }
`;
