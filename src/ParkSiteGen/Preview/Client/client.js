// ParkSiteGen preview: live reload and the error overlay. Injected by `parksitegen serve` only, never by `build`.
(() => {
  "use strict";
  const base = "/__parksitegen";
  let host = null;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) {
      if (child != null) node.append(child);
    }
    return node;
  }

  function hideOverlay() {
    if (host) {
      host.remove();
      host = null;
    }
  }

  // The overlay lives in a shadow root so the site's CSS cannot change it, and the page stays underneath.
  function showOverlay(problems) {
    hideOverlay();
    host = el("div", { id: "parksitegen-overlay" });
    const shadow = host.attachShadow({ mode: "open" });
    const style = el("style");
    style.textContent = `
      .panel { position: fixed; inset: auto 0 0 0; max-height: 70vh; overflow: auto; z-index: 2147483647;
        background: #1e1e1e; color: #f3f3f3; font: 15px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
        border-top: 4px solid #e5484d; box-shadow: 0 -4px 24px rgba(0,0,0,.4); padding: 1rem 1.25rem; }
      h2 { margin: 0 0 .75rem; font-size: 1.1rem; color: #ff9592; }
      .problem { margin: 0 0 1rem; }
      .where { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: #ffd27f; }
      .message { font-weight: 600; }
      pre { margin: .4rem 0; padding: .5rem; background: #111; border-radius: 4px; overflow: auto;
        font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "WenQuanYi Micro Hei Mono", monospace; }
      .target { background: #4a1d1d; display: block; }
      .field { color: #c8c8c8; }
      button { position: absolute; top: .5rem; right: .75rem; background: #333; color: #fff; border: 1px solid #777;
        border-radius: 4px; padding: .25rem .6rem; font: inherit; cursor: pointer; }
      button:focus-visible { outline: 3px solid #ffd27f; }
    `;
    const panel = el("div", { className: "panel", role: "alert" });
    panel.setAttribute("aria-live", "assertive");
    const count = problems.length;
    panel.append(el("h2", { textContent: `${count} ${count === 1 ? "error" : "errors"} in the content: the page shows the last good version` }));
    for (const p of problems) {
      const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column}` : ""}` : "";
      const item = el("div", { className: "problem" },
        el("div", { className: "where", textContent: where }),
        el("div", { className: "message", textContent: p.message }));
      if (p.excerpt && p.excerpt.length) {
        const pre = el("pre");
        for (const line of p.excerpt) {
          const text = `${String(line.number).padStart(4)} | ${line.text}\n`;
          pre.append(line.isTarget ? el("span", { className: "target", textContent: text }) : document.createTextNode(text));
        }
        item.append(pre);
      }
      for (const [label, value] of [["found", p.found], ["expected", p.expected], ["hint", p.hint]]) {
        if (value) item.append(el("div", { className: "field", textContent: `${label}: ${value}` }));
      }
      panel.append(item);
    }
    const close = el("button", { type: "button", textContent: "×", title: "Hide until the next change" });
    close.setAttribute("aria-label", "Hide the error overlay");
    close.addEventListener("click", hideOverlay);
    panel.append(close);
    shadow.append(style, panel);
    document.body.append(host);
  }

  function showDiagnostics(data) {
    const errors = (data.errors || []);
    if (errors.length) showOverlay(errors); else hideOverlay();
  }

  function affectsThisPage(paths) {
    const here = decodeURIComponent(location.pathname);
    return paths.some(p => p === "*" || p === here || here.endsWith(p));
  }

  fetch(`${base}/status`, { cache: "no-store" }).then(r => r.json()).then(showDiagnostics).catch(() => {});

  let connectedOnce = false;
  const source = new EventSource(`${base}/events`);
  source.addEventListener("open", () => {
    // After the server restarts, the page may be stale: reload once reconnected.
    if (connectedOnce) location.reload();
    connectedOnce = true;
  });
  source.addEventListener("diagnostics", e => showDiagnostics(JSON.parse(e.data)));
  source.addEventListener("reload", e => {
    const data = JSON.parse(e.data);
    if (affectsThisPage(data.paths)) location.reload();
  });
})();
