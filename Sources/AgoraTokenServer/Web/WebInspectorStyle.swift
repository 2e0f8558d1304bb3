/// The web inspector's stylesheet (`GET /inspector.css`): readable at 360 px, light and dark
/// (`prefers-color-scheme`), with visible keyboard focus.
enum WebInspectorStyle {
  static let css = #"""
    :root {
      --bg: #ffffff; --fg: #1b1f24; --muted: #59636e; --line: #d0d7de; --panel: #f6f8fa;
      --accent: #0b57d0; --error: #b3261e; --warning: #8a5a00; --info: #0b57d0; --ok: #1a7f37;
      color-scheme: light dark;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --panel: #161b22;
        --accent: #79b8ff; --error: #ff7b72; --warning: #e3b341; --info: #79b8ff; --ok: #56d364;
      }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--bg); color: var(--fg);
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    }
    header, main { max-width: 1200px; margin: 0 auto; padding: 0 12px; }
    h1 { font-size: 1.4rem; margin: 12px 0 4px; }
    h2 { font-size: 1.05rem; margin: 18px 0 6px; }
    main { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; padding-bottom: 24px; }
    @media (min-width: 900px) { main { grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); } }
    label { font-weight: 600; }
    textarea, input, select, button {
      font: inherit; color: inherit; background: var(--panel); border: 1px solid var(--line);
      border-radius: 6px; padding: 6px 8px; max-width: 100%;
    }
    textarea {
      display: block; width: 100%; margin-top: 4px;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
      word-break: break-all;
    }
    :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 12px 0; padding: 8px 10px; }
    .grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px 10px; align-items: center; }
    @media (min-width: 480px) { .grid { grid-template-columns: max-content minmax(0, 1fr); } }
    .grid input, .grid select { width: 100%; }
    .flag { font-weight: 400; color: var(--muted); font-size: 0.85em; }
    .note { color: var(--muted); font-size: 0.9em; margin: 4px 0; }
    button { cursor: pointer; }
    .error { border-left: 4px solid var(--error); padding: 6px 10px; background: var(--panel); }
    #verdict { font-weight: 600; padding: 8px 10px; border-radius: 6px; background: var(--panel); }
    #verdict.valid { border-left: 4px solid var(--ok); }
    #verdict.bad { border-left: 4px solid var(--error); }
    #verdict.unknown { border-left: 4px solid var(--warning); }
    dl { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2px 12px; margin: 0; }
    @media (min-width: 480px) { dl { grid-template-columns: max-content minmax(0, 1fr); } }
    dt { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
    dd { margin: 0 0 4px; overflow-wrap: anywhere; }
    .relative { color: var(--muted); }
    table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
    th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 3px 6px; overflow-wrap: anywhere; }
    .table-wrap { overflow-x: auto; }
    .bar-row { display: grid; grid-template-columns: minmax(0, 12em) minmax(0, 1fr); gap: 8px; align-items: center; margin: 3px 0; }
    .bar-track { position: relative; height: 14px; background: var(--panel); border: 1px solid var(--line); border-radius: 4px; }
    .bar { position: absolute; top: 0; bottom: 0; left: 0; background: var(--accent); opacity: 0.7; border-radius: 3px; }
    .bar.expired { background: var(--error); }
    .now-mark { position: absolute; top: -3px; bottom: -3px; width: 2px; background: var(--fg); }
    ul { padding-left: 1.2em; margin: 4px 0; }
    li { margin: 4px 0; overflow-wrap: anywhere; }
    .sev-error { color: var(--error); font-weight: 600; }
    .sev-warning { color: var(--warning); font-weight: 600; }
    .sev-info { color: var(--info); font-weight: 600; }
    code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; }
    pre { background: var(--panel); padding: 8px; border-radius: 6px; overflow-x: auto; font-size: 12px; }
    a { color: var(--accent); }

    """#
}
