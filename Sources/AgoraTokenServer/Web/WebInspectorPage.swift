/// The web inspector's HTML (`GET /`): a form and empty result sections that
/// ``WebInspectorScript`` fills. It holds no inline script or style, so the page runs under a
/// strict `Content-Security-Policy`, and it loads nothing from any other host.
enum WebInspectorPage {
  static let html = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <meta name="referrer" content="no-referrer">
    <title>agtoken inspector</title>
    <link rel="stylesheet" href="/inspector.css">
    <script src="/inspector.js" defer></script>
    </head>
    <body>
    <header>
      <h1>agtoken inspector</h1>
      <p class="note">Runs on this machine: the token and any certificate go only to this server, over loopback, and are never logged or stored.</p>
    </header>
    <main>
      <section id="input" aria-label="Token and context">
        <label for="token">Token</label>
        <textarea id="token" rows="6" spellcheck="false" autocomplete="off" autocapitalize="off"
          placeholder="Paste an Agora token (007, 006 or legacy), or open /#token=..."></textarea>
        <fieldset>
          <legend>Context (the CLI's flags)</legend>
          <div class="grid">
            <label for="app_id">app_id <span class="flag">--app-id</span></label>
            <input id="app_id" autocomplete="off" spellcheck="false">
            <label for="channel">channel <span class="flag">--channel</span></label>
            <input id="channel" autocomplete="off" spellcheck="false">
            <label for="uid">uid <span class="flag">--uid</span></label>
            <input id="uid" inputmode="numeric" autocomplete="off">
            <label for="account">account <span class="flag">--account</span></label>
            <input id="account" autocomplete="off" spellcheck="false">
            <label for="now">failure time <span class="flag">--now</span></label>
            <input id="now" autocomplete="off" placeholder="Unix seconds or 2024-06-10T09:00:00Z">
            <label for="product">product <span class="flag">--product</span></label>
            <select id="product">
              <option value="">(any)</option>
              <option value="rtc">rtc</option>
              <option value="rtm">rtm</option>
              <option value="chat">chat</option>
              <option value="chat-rest">chat-rest</option>
            </select>
            <label for="certificate">App Certificate <span class="flag">optional</span></label>
            <input id="certificate" type="password" autocomplete="off" spellcheck="false"
              aria-describedby="certificate-note">
          </div>
          <p id="certificate-note" class="note">Checked with the server's certificates. Sent in the POST body only: never put in a URL, logged, stored or shown.</p>
        </fieldset>
        <button id="clear" type="button">Clear</button>
      </section>
      <section id="result" aria-live="polite" aria-label="Inspection">
        <p id="placeholder" class="note">The decoded token appears here as you type.</p>
        <div id="error" class="error" hidden></div>
        <div id="verdict" hidden></div>
        <h2 id="summary-heading" hidden>Token</h2>
        <dl id="summary"></dl>
        <h2 id="timeline-heading" hidden>Privilege expiry</h2>
        <div id="timeline"></div>
        <h2 id="services-heading" hidden>Services and privileges</h2>
        <div id="services"></div>
        <h2 id="repairs-heading" hidden>Repairs applied</h2>
        <ul id="repairs"></ul>
        <h2 id="findings-heading" hidden>Findings</h2>
        <ul id="findings"></ul>
        <h2 id="diagnosis-heading" hidden>Diagnosis</h2>
        <ul id="diagnosis"></ul>
        <details id="raw" hidden><summary>JSON (agtoken inspect --format json)</summary><pre id="raw-json"></pre></details>
      </section>
    </main>
    </body>
    </html>

    """#
}
