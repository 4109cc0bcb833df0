/** The panel's own styles: fixed pixel sizes and system fonts, so the page's rem and fonts never leak in. */
export const overlayStyles = `
:host { all: initial; }
.panel {
  position: fixed; top: 16px; right: 16px; z-index: 2147483647; width: 320px; max-height: calc(100vh - 32px);
  display: flex; flex-direction: column; box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2130;
  background: #ffffff; border: 1px solid #d5dae3; border-radius: 10px; box-shadow: 0 8px 24px rgba(15, 23, 42, 0.18);
}
.head { display: flex; align-items: center; gap: 8px; padding: 8px 10px 8px 14px; background: #14337a; color: #ffffff; border-radius: 9px 9px 0 0; }
.brand { font-weight: 700; letter-spacing: 0.2px; }
.kind { font-size: 11px; background: rgba(255,255,255,0.18); border-radius: 999px; padding: 1px 8px; }
.toggle { margin-left: auto; width: 26px; height: 26px; border: 0; border-radius: 6px; background: rgba(255,255,255,0.15); color: #ffffff; font: 700 16px/1 system-ui, sans-serif; cursor: pointer; }
.toggle:focus-visible { outline: 2px solid #ffd166; outline-offset: 1px; }
.body { padding: 12px 14px 14px; overflow: auto; }
.collapsed .body { display: none; }
.collapsed { border-radius: 10px; }
.name { margin: 0; font-size: 17px; line-height: 1.25; font-weight: 700; color: #0f172a; }
.headline { margin: 2px 0 0; color: #3b4458; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 3px 10px; margin: 10px 0 0; }
.facts dt { color: #5b6475; }
.facts dd { margin: 0; font-weight: 600; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 5px; margin: 10px 0 0; padding: 0; }
.chip { background: #eef3ff; color: #1d3a8a; border: 1px solid #c8d6ff; border-radius: 999px; padding: 1px 8px; font-size: 12px; }
.warnings { margin: 10px 0 0; padding: 8px 10px 8px 24px; background: #fff6e5; color: #6b4200; border-radius: 6px; font-size: 12px; }
`;
