#!/usr/bin/python3
"""Runs the steps of action.yml locally, as a GitHub runner would, and checks what they do.

Usage: scripts/test-action.py [--skip-build]

`${{ ... }}` expressions are substituted from the inputs, `github.action_path`, `runner.temp`
and earlier steps' outputs; each `run:` script runs with `bash --noprofile --norc -eo pipefail`
(the runner's own command line) with GITHUB_PATH and GITHUB_OUTPUT files. `uses:` steps are
checked, not run. With --skip-build the install step reuses the release build that
scripts/install.sh made before.
"""
import json, os, re, subprocess, sys, tempfile
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTION = yaml.safe_load(open(os.path.join(ROOT, "action.yml")))
SKIP_BUILD = "--skip-build" in sys.argv[1:]
CERT_FILE = os.path.join(ROOT, "samples", "certificates.txt")
CERTIFICATE = [l.split("#")[0].strip() for l in open(CERT_FILE) if l.split("#")[0].strip()][0]


def fail(message):
    print("test-action: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run_action(inputs, env=None, workdir=ROOT):
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values.update(inputs)
    temp = tempfile.mkdtemp(prefix="agtoken-action-")
    context = {"github.action_path": ROOT, "runner.temp": temp}
    outputs = {}
    path_file = os.path.join(temp, "github_path")
    open(path_file, "w").close()

    def expand(text):
        def value(match):
            expression = match.group(1).strip()
            if expression.startswith("inputs."):
                return values[expression[len("inputs."):]]
            if expression.startswith("steps."):
                _, step, _, name = expression.split(".")
                return outputs.get(step, {}).get(name, "")
            if expression in context:
                return context[expression]
            fail("unknown expression " + expression)
        return re.sub(r"\$\{\{(.*?)\}\}", value, str(text))

    log = ""
    status = None
    for step in ACTION["runs"]["steps"]:
        if "uses" in step:
            condition = step.get("if", "true")
            with_values = {k: expand(v) for k, v in step.get("with", {}).items()}
            uploads = values["sarif"] == "true" and outputs.get("run", {}).get("exit-code") not in ("", "2", None)
            if uploads:
                sarif = os.path.join(workdir, with_values["sarif_file"])
                if not os.path.exists(sarif):
                    fail("the SARIF upload would find no file at " + sarif)
                document = json.load(open(sarif))
                if document.get("version") != "2.1.0":
                    fail("the SARIF file is not SARIF 2.1.0")
                log += open(sarif).read()
            print("test-action: %s: %s (condition %s)" % (step["name"], "would upload" if uploads else "skipped", condition))
            continue
        output_file = os.path.join(temp, "output-" + step.get("id", "step"))
        open(output_file, "w").close()
        environment = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root"),
                       "GITHUB_PATH": path_file, "GITHUB_OUTPUT": output_file, "RUNNER_TEMP": temp}
        extra = [line.strip() for line in open(path_file) if line.strip()]
        if extra:
            environment["PATH"] = ":".join(extra) + ":" + environment["PATH"]
        if SKIP_BUILD:
            environment["AGTOKEN_INSTALL_ARGS"] = "--skip-build"
        environment.update(env or {})
        environment.update({k: expand(v) for k, v in step.get("env", {}).items()})
        script = expand(step["run"])
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                                cwd=workdir, env=environment, capture_output=True, text=True)
        log += result.stdout + result.stderr
        step_outputs = {}
        for line in open(output_file):
            if "=" in line:
                key, val = line.rstrip("\n").split("=", 1)
                step_outputs[key] = val
        if "id" in step:
            outputs[step["id"]] = step_outputs
        status = result.returncode
        print("test-action: %s: exit %d" % (step["name"], result.returncode))
        if result.returncode != 0:
            break
    return status, outputs.get("run", {}).get("exit-code"), log


def expect(name, inputs, code, env=None, workdir=ROOT, contains=None):
    status, recorded, log = run_action(inputs, env, workdir)
    if recorded != str(code) or status != code:
        fail("%s: expected exit %d, got step exit %s and recorded %s\n%s" % (name, code, status, recorded, log))
    if CERTIFICATE in log or CERTIFICATE.lower() in log.lower():
        fail(name + ": the certificate appears in the output")
    if contains and contains not in log:
        fail("%s: the output lacks %r" % (name, contains))
    print("test-action: ok: " + name)


now = "--now 2024-06-10T08:00:00Z"
expect("lint writes SARIF and passes on a clean token",
       {"command": "lint", "paths": "samples/rtc-publisher.token", "args": now}, 0,
       contains='"ruleId" : "AT402"')
expect("verify with cert-env reads the certificate from the environment",
       {"command": "verify", "paths": "samples/rtc-publisher.token", "args": now,
        "cert-env": "AGTOKEN_ACTION_TEST_CERT"}, 0, env={"AGTOKEN_ACTION_TEST_CERT": CERTIFICATE})
expect("verify fails on an expired token",
       {"command": "verify", "paths": "samples/rtc-publisher.token",
        "args": "--now 2024-06-12T08:00:00Z", "cert-env": "AGTOKEN_ACTION_TEST_CERT"}, 1,
       env={"AGTOKEN_ACTION_TEST_CERT": CERTIFICATE})
leak = tempfile.mkdtemp(prefix="agtoken-action-leak-")
with open(os.path.join(leak, "app.env"), "w") as out:
    out.write("AGORA_APP_CERTIFICATE=%s\n" % "".join("0123456789abcdef"[(i * 7) % 16] for i in range(32)))
expect("scan with sarif false annotates and fails",
       {"command": "scan", "paths": leak, "sarif": "false"}, 1, workdir=leak,
       contains="::error file=")
expect("a bad command is a usage error", {"command": "deploy"}, 2)
expect("lint without paths is a usage error that says what to give", {"command": "lint"}, 2,
       contains="lint needs paths")
expect("scan without paths scans the repository", {"command": "scan", "sarif": "false"}, 1,
       workdir=leak, contains="::error file=")
if os.path.exists(os.path.join(ROOT, "agtoken.sarif")):
    os.remove(os.path.join(ROOT, "agtoken.sarif"))
print("test-action: all checks passed")
