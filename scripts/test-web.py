#!/usr/bin/python3
"""Browser test of the web inspector (`GET /` on agtoken serve), in headless Chromium.

Usage: scripts/test-web.py PATH/TO/agtoken-serve

Starts the server on a free loopback port with a made-up certificate and a fixed clock, then
checks, as a user would: a token from the URL fragment is decoded and the fragment removed; the
page updates as one types; context fields and a pasted certificate change the verdict; the
certificate never appears in a URL, the server's log or the page's text; no CSP violation or
script error; the layout fits 360 px; dark mode changes the colours; the keyboard reaches every
field. Saves a screenshot to .build/web-inspector.png (or $AGTOKEN_WEB_SCREENSHOT). Exits non-zero on the first failure.
"""
import json, os, secrets, socket, subprocess, sys, tempfile, time, urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/agtoken-serve")
AGTOKEN = os.path.join(os.path.dirname(SERVE), "agtoken")
NOW = "1765000100"


def fail(message):
    print("test-web: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("test-web: ok: " + message)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


work = tempfile.mkdtemp(prefix="agtoken-web-")
app_id = secrets.token_hex(16)
certificate = secrets.token_hex(16)
server_certificate = secrets.token_hex(16)
for name, value in (("page.txt", certificate), ("server.txt", server_certificate)):
    path = os.path.join(work, name)
    with open(path, "w") as out:
        out.write(value + "\n")
    os.chmod(path, 0o600)

# A token signed with the certificate the user will paste, not with the server's.
token = subprocess.check_output(
    [AGTOKEN, "build", "rtc", "--app-id", app_id, "--cert-file", os.path.join(work, "page.txt"),
     "--channel", "web-demo", "--uid", "42", "--role", "publisher", "--expire", "3600",
     "--issue-ts", "1765000000", "--salt", "7"], text=True).strip()

port = free_port()
log_path = os.path.join(work, "serve.log")
log = open(log_path, "w")
server = subprocess.Popen(
    [SERVE, "--port", str(port), "--app-id", app_id, "--cert-file",
     os.path.join(work, "server.txt"), "--now", NOW], stdout=log, stderr=log)
base = "http://127.0.0.1:%d" % port
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        break
    except OSError:
        time.sleep(0.1)
else:
    fail("the server did not start: " + open(log_path).read())

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--window-size=1200,900"):
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 10)


def text(element_id):
    return driver.find_element(By.ID, element_id).text


try:
    # 1. A token in the fragment is decoded, and the fragment leaves the address bar.
    driver.get(base + "/#token=" + urllib.parse.quote(token, safe=""))
    wait.until(lambda d: "app_id" in text("summary"))
    check(app_id in text("summary"), "the fragment's token is decoded: app_id shown")
    check("issue_ts" in text("summary") and "expire" in text("summary"),
          "issue_ts and expire shown by their reference names")
    check("in 58m 20s" in text("summary"),
          "times are relative to the time the server judged (--now), not the browser's clock")
    check("#token" not in driver.current_url, "the fragment is removed from the address bar")
    check("joinChannel" in text("services"), "privileges shown by name")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#timeline .bar")) == 5,
          "a timeline bar for the token and each of its 4 privileges")
    check("status: invalid" in text("verdict"),
          "checked against the server's certificate, which did not sign it")

    # 1b. A 2-day token: the summary and the timeline show Agora's 24-hour limit.
    long_token = subprocess.check_output(
        [AGTOKEN, "build", "rtc", "--app-id", app_id, "--cert-file", os.path.join(work, "page.txt"),
         "--channel", "web-demo", "--uid", "42", "--role", "subscriber", "--expire", "172800",
         "--allow-long-lifetime", "--issue-ts", "1765000000", "--salt", "7"], text=True).strip()
    box = driver.find_element(By.ID, "token")
    box.clear()
    box.send_keys(long_token)
    wait.until(lambda d: "day_cap_ends_at" in text("summary"))
    check(len(driver.find_elements(By.CSS_SELECTOR, "#timeline .bar")) == 3,
          "timeline bars for the token, Agora's 24-hour limit and joinChannel")
    check("Agora's 24-hour limit" in text("timeline"), "the limit is labelled in the timeline")
    box.clear()
    box.send_keys(token)
    wait.until(lambda d: "app_id" in text("summary") and "day_cap_ends_at" not in text("summary"))

    # 2. Findings with codes and help links; the diagnosis.
    wait.until(lambda d: "AT" in text("findings"))
    check("AT401" in text("findings"), "the signature finding is shown with its code")
    links = driver.find_elements(By.CSS_SELECTOR, "#findings a")
    check(links and all(a.get_attribute("href").startswith("https://") for a in links),
          "findings link to their sources")

    # 3. Pasting the certificate verifies the token; it is never in a URL, the log or the page.
    field = driver.find_element(By.ID, "certificate")
    field.send_keys(certificate)
    wait.until(lambda d: "status: valid" in text("verdict"))
    check("the page" in text("verdict"), "the pasted certificate verifies the token")
    page_text = driver.find_element(By.TAG_NAME, "body").text
    check(certificate not in page_text, "the certificate is not shown on the page")
    check(certificate not in driver.current_url, "the certificate is not in the URL")
    entries = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    check(all(certificate not in name and token not in name for name in entries),
          "no request URL holds the certificate or the token")
    check(all(name.startswith(base) for name in entries), "every request goes to this server only")

    # 4. Context fields map to the CLI's flags.
    driver.find_element(By.ID, "channel").send_keys("other-channel")
    wait.until(lambda d: "channel" in text("findings") or "channel" in text("diagnosis"))
    check("other-channel" in text("findings") + text("diagnosis"),
          "a channel that differs from the token's is reported")
    driver.find_element(By.ID, "channel").clear()

    # 5. Typing: a damaged token updates the page live.
    box = driver.find_element(By.ID, "token")
    box.clear()
    box.send_keys(token[:60])
    wait.until(lambda d: "decode_error" in text("findings"))
    check("status: error" in text("verdict") and "bad_base64" in text("error"),
          "a token cut short is reported as one types, with the error kind and byte offset")

    # 6. No CSP violation, no script error.
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
              and "/inspect" not in entry["message"]]
    check(not errors, "no console errors or CSP violations: %s" % errors)

    # A screenshot of the verified token, for people reviewing a CI run (and docs/).
    box.clear()
    box.send_keys(token)
    wait.until(lambda d: "app_id" in text("summary") and "status: valid" in text("verdict"))
    shot = os.environ.get("AGTOKEN_WEB_SCREENSHOT") or os.path.join(ROOT, ".build", "web-inspector.png")
    os.makedirs(os.path.dirname(shot), exist_ok=True)
    driver.save_screenshot(shot)
    check(os.path.getsize(shot) > 10000, "screenshot saved to " + shot)

    # 7. Keyboard: Tab from the token reaches every field in order.
    box.clear()
    box.send_keys(token)
    order = []
    driver.find_element(By.ID, "token").click()
    for _ in range(8):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        order.append(driver.switch_to.active_element.get_attribute("id"))
    check(order == ["app_id", "channel", "uid", "account", "now", "product", "certificate", "clear"],
          "Tab reaches every field in order: %s" % order)

    # 8. 360 px wide: nothing overflows sideways.
    driver.set_window_size(360, 800)
    time.sleep(0.3)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    inner = driver.execute_script("return window.innerWidth")
    check(width <= inner, "no horizontal scrolling at 360 px (%d <= %d)" % (width, inner))

    # 9. Dark mode changes the background.
    light = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    dark = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    check(light != dark and dark.startswith("rgb(13, 17, 23"), "dark mode: %s -> %s" % (light, dark))
finally:
    driver.quit()
    server.terminate()
    server.wait(timeout=10)
    log.close()

served_log = open(log_path).read()
check(certificate not in served_log, "the server's log never holds the pasted certificate")
check(token not in served_log, "the server's log never holds the token")
print("test-web: all checks passed")
