/// The web inspector's script (`GET /inspector.js`). It posts the token and the context to
/// `POST /inspect` as the user types and draws the document it gets back. Everything it shows is
/// set as text (never parsed as HTML), so a channel name cannot inject markup; a token in the
/// URL fragment (`/#token=...`) is read once and removed from the address bar.
enum WebInspectorScript {
  static let js = #"""
    "use strict";
    (function () {
      const $ = (id) => document.getElementById(id);
      const contextFields = ["app_id", "channel", "uid", "account", "now", "product", "certificate"];
      const sections = ["summary", "timeline", "services", "repairs", "findings", "diagnosis"];
      let timer = null;
      let sequence = 0;

      function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined && text !== null) node.textContent = String(text);
        return node;
      }

      function clearResult() {
        $("error").hidden = true;
        $("verdict").hidden = true;
        $("raw").hidden = true;
        for (const name of sections) {
          $(name).replaceChildren();
          $(name + "-heading").hidden = true;
        }
      }

      function showError(text) {
        clearResult();
        $("placeholder").hidden = true;
        $("error").textContent = text;
        $("error").hidden = false;
      }

      function judgedAt(header) {
        // The server's judged time (its clock, or the failure time given), so that "expired"
        // and "in 5m" agree with the verdict.
        if (header && /^\d+$/.test(header)) return Number(header);
        return Math.floor(Date.now() / 1000);
      }

      function duration(seconds) {
        const units = [["d", 86400], ["h", 3600], ["m", 60], ["s", 1]];
        let rest = Math.abs(seconds);
        const parts = [];
        for (const [name, size] of units) {
          if (rest >= size && parts.length < 2) {
            parts.push(Math.floor(rest / size) + name);
            rest %= size;
          }
        }
        return parts.length ? parts.join(" ") : "0s";
      }

      function relative(unix, now) {
        const delta = unix - now;
        if (delta === 0) return "now";
        return delta > 0 ? "in " + duration(delta) : duration(delta) + " ago";
      }

      function iso(unix) {
        const date = new Date(unix * 1000);
        return Number.isNaN(date.getTime()) ? String(unix) : date.toISOString().replace(".000Z", "Z");
      }

      function isTimeKey(key) {
        return key === "issue_ts" || key === "ts" || key.endsWith("_at") || key === "expire_ts";
      }

      function addPair(list, key, value, now) {
        list.appendChild(element("dt", null, key));
        const dd = element("dd");
        dd.appendChild(document.createTextNode(String(value)));
        if (typeof value === "number" && isTimeKey(key) && value > 0) {
          dd.appendChild(element("span", "relative", "  " + iso(value) + " (" + relative(value, now) + ")"));
        } else if (key === "expire" && typeof value === "number") {
          dd.appendChild(element("span", "relative", "  seconds (" + duration(value) + ")"));
        }
        list.appendChild(dd);
      }

      function show(name) {
        $(name + "-heading").hidden = false;
      }

      function renderVerdict(doc) {
        const verdict = $("verdict");
        const signature = doc.signature || {};
        let text = "status: " + doc.status;
        if (signature.status) text += " · signature: " + signature.status;
        if (signature.matched_certificate) text += " (certificate from " + signature.matched_certificate + ")";
        verdict.textContent = text;
        const good = doc.status === "valid";
        const bad = ["invalid", "expired", "not_yet_valid", "error"].includes(doc.status);
        verdict.className = good ? "valid" : bad ? "bad" : "unknown";
        verdict.hidden = false;
        if (signature.hints && signature.hints.length) {
          const hints = element("ul");
          for (const hint of signature.hints) hints.appendChild(element("li", null, hint));
          verdict.appendChild(hints);
        }
        if (doc.error) {
          const error = $("error");
          error.textContent = doc.error.kind + " at byte " + doc.error.offset + ": " + doc.error.message;
          error.hidden = false;
        }
      }

      function renderSummary(doc, now) {
        const token = doc.token;
        if (!token) return;
        const list = $("summary");
        for (const [key, value] of Object.entries(token)) {
          if (value === null || typeof value === "object" || key.endsWith("_iso")) continue;
          // issued_at repeats issue_ts for 007: one fact, shown once.
          if (key === "issued_at" && value === token.issue_ts) continue;
          addPair(list, key, value, now);
        }
        addPair(list, "fingerprint", doc.fingerprint, now);
        show("summary");
      }

      function privileges(service) {
        return service.privilege_details || [];
      }

      function renderTimeline(doc, now) {
        const token = doc.token;
        if (!token || !Array.isArray(token.services)) return;
        const start = token.issued_at || token.issue_ts;
        const rows = [];
        for (const service of token.services) {
          for (const privilege of privileges(service)) {
            if (typeof privilege.expires_at === "number") rows.push([service.name + " " + privilege.name, privilege.expires_at]);
          }
        }
        // Agora's 24-hour limit, when it ends the token before its expire does.
        if (typeof token.day_cap_ends_at === "number") rows.unshift(["Agora's 24-hour limit", token.day_cap_ends_at]);
        if (typeof token.expires_at === "number") rows.unshift(["token expire", token.expires_at]);
        if (!start || rows.length === 0) return;
        const end = Math.max(now, ...rows.map((row) => row[1]));
        const span = Math.max(1, end - start);
        const box = $("timeline");
        for (const [label, expiresAt] of rows) {
          const row = element("div", "bar-row");
          row.appendChild(element("span", null, label));
          const track = element("div", "bar-track");
          track.title = label + " expires " + iso(expiresAt) + " (" + relative(expiresAt, now) + ")";
          track.setAttribute("role", "img");
          track.setAttribute("aria-label", track.title);
          const bar = element("div", expiresAt <= now ? "bar expired" : "bar");
          bar.style.width = Math.max(0, Math.min(100, ((expiresAt - start) / span) * 100)) + "%";
          const mark = element("div", "now-mark");
          mark.style.left = Math.max(0, Math.min(100, ((now - start) / span) * 100)) + "%";
          track.appendChild(bar);
          track.appendChild(mark);
          row.appendChild(track);
          box.appendChild(row);
        }
        box.appendChild(element("p", "note", "bars run from issue to expiry; the line marks the time judged (" + iso(now) + ")"));
        show("timeline");
      }

      function renderServices(doc, now) {
        const token = doc.token;
        if (!token || !Array.isArray(token.services)) return;
        const box = $("services");
        for (const service of token.services) {
          box.appendChild(element("h3", null, service.name + " (type " + service.type + ")"));
          const list = element("dl");
          for (const [key, value] of Object.entries(service)) {
            if (value === null || typeof value === "object" || key === "name" || key === "type") continue;
            addPair(list, key, value, now);
          }
          box.appendChild(list);
          const details = privileges(service);
          if (details.length) {
            const wrap = element("div", "table-wrap");
            const table = element("table");
            const head = element("tr");
            for (const title of ["privilege", "id", "value (s)", "expires_at"]) head.appendChild(element("th", null, title));
            table.appendChild(head);
            for (const privilege of details) {
              const row = element("tr");
              row.appendChild(element("td", null, privilege.name));
              row.appendChild(element("td", null, privilege.id));
              row.appendChild(element("td", null, privilege.value + (privilege.inherits_token_expire ? " (token expire)" : "")));
              row.appendChild(element("td", null, typeof privilege.expires_at === "number" ? iso(privilege.expires_at) + " (" + relative(privilege.expires_at, now) + ")" : ""));
              table.appendChild(row);
            }
            wrap.appendChild(table);
            box.appendChild(wrap);
          }
        }
        show("services");
      }

      function renderList(name, items, draw) {
        if (!Array.isArray(items) || items.length === 0) return;
        const list = $(name);
        for (const item of items) list.appendChild(draw(item));
        show(name);
      }

      function render(doc, judgedHeader) {
        clearResult();
        $("placeholder").hidden = true;
        const now = judgedAt(judgedHeader);
        renderVerdict(doc);
        renderSummary(doc, now);
        renderTimeline(doc, now);
        renderServices(doc, now);
        renderList("repairs", doc.repairs, (repair) => {
          const item = element("li");
          item.appendChild(element("code", null, repair.name));
          item.appendChild(document.createTextNode(": " + repair.detail));
          return item;
        });
        renderList("findings", doc.findings, (finding) => {
          const item = element("li");
          item.appendChild(element("span", "sev-" + finding.severity, finding.severity + " "));
          item.appendChild(element("code", null, finding.code + " " + finding.name));
          if (finding.agora_error_codes && finding.agora_error_codes.length) {
            item.appendChild(document.createTextNode(" (Agora error " + finding.agora_error_codes.join(", ") + ")"));
          }
          item.appendChild(document.createTextNode(": " + finding.message + " "));
          if (finding.help) item.appendChild(element("span", "note", finding.help + " "));
          if (finding.url && /^https:\/\//.test(finding.url)) {
            const link = element("a", null, "source");
            link.href = finding.url;
            link.rel = "noreferrer noopener";
            link.target = "_blank";
            item.appendChild(link);
          }
          return item;
        });
        renderList("diagnosis", doc.diagnosis, (statement) => {
          const item = element("li");
          item.appendChild(element("code", null, statement.statement));
          item.appendChild(document.createTextNode(": " + statement.message));
          return item;
        });
        $("raw-json").textContent = JSON.stringify(doc, null, 2);
        $("raw").hidden = false;
      }

      async function inspect() {
        const token = $("token").value.trim();
        const mine = ++sequence;
        if (!token) {
          clearResult();
          $("placeholder").hidden = false;
          return;
        }
        const body = { token: token };
        for (const name of contextFields) {
          const value = $(name).value.trim();
          if (value) body[name] = value;
        }
        let response;
        let doc;
        try {
          response = await fetch("/inspect", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(body),
            cache: "no-store",
            credentials: "omit",
            referrerPolicy: "no-referrer",
          });
          doc = await response.json();
        } catch (error) {
          if (mine === sequence) showError("the server did not answer: " + error.message);
          return;
        }
        if (mine !== sequence) return;
        if (!response.ok) {
          showError(doc && doc.error ? doc.error.kind + ": " + doc.error.message : "HTTP " + response.status);
          return;
        }
        render(doc, response.headers.get("Judged-At"));
      }

      function schedule() {
        clearTimeout(timer);
        timer = setTimeout(inspect, 150);
      }

      function start() {
        $("token").addEventListener("input", schedule);
        for (const name of contextFields) {
          $(name).addEventListener("input", schedule);
          $(name).addEventListener("change", schedule);
        }
        $("clear").addEventListener("click", () => {
          $("token").value = "";
          for (const name of contextFields) $(name).value = "";
          schedule();
          $("token").focus();
        });
        if (location.hash.startsWith("#token=")) {
          let text = location.hash.slice("#token=".length);
          try { text = decodeURIComponent(text); } catch (error) { /* keep it as given */ }
          $("token").value = text;
          // The fragment never reached the server; keep it out of the history too.
          history.replaceState(null, "", location.pathname + location.search);
          inspect();
        }
        $("token").focus();
      }

      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
      } else {
        start();
      }
    })();

    """#
}
