#!/usr/bin/env python3
"""Runs the README's commands as a reader would, so none ships broken.

Every `sh` block of README.md and every command in running text that starts
with `target/release/`, `episode-archive `, `bash scripts/` or
`node scripts/` is one of:

- run here, as written, in the README's order but for the section that
  builds the importer and imports a feed, which runs first (the others use
  its archive), in a scratch folder (`target/readme-commands/`, where
  `target` leads to the project's own `target/`, so `cargo build` and
  `target/release/…` mean what they say).
  The one line that cannot run on a machine without the internet — the
  `curl` that downloads the reader's own feed — is replaced by a copy of the
  seed fixture feed, and the run says so;
- or run by another step of `scripts/test.sh`, named in COVERED_ELSEWHERE
  with the text that step's command line must contain there.

A command that is neither fails the run: a new README command needs a way
to be exercised before it can be shown.

`cargo` commands run in the project (they build or install from it); the
importer is installed into `target/readme-commands/install/` (the
`cargo install` the README shows, with CARGO_INSTALL_ROOT pointing there and
the project's own target directory, so nothing is built twice), and that
folder's `bin/` is first on PATH for the commands after it.

Then the nightly workflow of docs/publish-workflow.md: every `run:` line of
its `yaml` block, in order, in `target/publish-workflow/`, where the
checkout the workflow makes is this project, FEED_URL is the seed fixture
feed (a file: URL), and what it publishes must pass `check`.
"""

import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "README.md")
TEST_SCRIPT = os.path.join(ROOT, "scripts", "test.sh")
SCRATCH = os.path.join(ROOT, "target", "readme-commands")
INSTALL = os.path.join(SCRATCH, "install")
WORKFLOW_DOC = os.path.join(ROOT, "docs", "publish-workflow.md")
WORKFLOW_SCRATCH = os.path.join(ROOT, "target", "publish-workflow")
FEED = os.path.join(ROOT, "tests", "fixtures", "feeds", "seed.xml")

# README command (its start) → what scripts/test.sh must contain to run it.
COVERED_ELSEWHERE = {
    "bash scripts/demo.sh": "node --test tests/demo/",  # reads the README's line and runs it
    "bash scripts/test.sh": "",  # this run
    "bash scripts/fuzz.sh": "bash scripts/fuzz.sh",  # the same script, 30 s per target
    "node scripts/sizes.mjs": "node scripts/sizes.mjs --budget",
    "bash scripts/release.sh": "bash scripts/release.sh",
}

# The reader's first steps: run before the other sections' commands, which
# use the archive they make.
FIRST_SECTION = "## From your feed to your page"

RUN_HERE = (
    "cargo build --release -p episode-archive-cli",
    "cargo install --locked --path crates/importer",
    "target/release/",
    "episode-archive ",
    "curl -o feed.xml ",
)


def commands():
    """The README's commands, the first section's first: (line number, command)."""
    found = []
    first = []
    section = ""
    in_sh = False
    pending = ""
    with open(README, encoding="utf-8") as readme:
        for number, line in enumerate(readme, 1):
            stripped = line.strip()
            if line.startswith("## "):
                section = stripped
            into = first if section == FIRST_SECTION else found
            if stripped.startswith("```"):
                in_sh = not in_sh and stripped == "```sh"
                continue
            if in_sh:
                text = re.sub(r"\s+#.*$", "", stripped)
                if text.endswith("\\"):
                    pending += text[:-1] + " "
                    continue
                text = pending + text
                pending = ""
                if text:
                    into.append((number, " ".join(text.split())))
            else:
                for inline in re.findall(r"`((?:target/release/|episode-archive |bash scripts/|node scripts/)[^`]+)`", line):
                    into.append((number, inline))
    return first + found


def environment():
    """The commands' environment: the importer installed into INSTALL."""
    env = dict(os.environ)
    env["CARGO_INSTALL_ROOT"] = INSTALL
    env["CARGO_TARGET_DIR"] = os.path.join(ROOT, "target")
    env["PATH"] = os.path.join(INSTALL, "bin") + os.pathsep + env.get("PATH", "")
    return env


def run(where, command, cwd, env):
    """Runs one command; stops the whole run when it fails."""
    result = subprocess.run(command, shell=True, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        sys.exit(f"{where}: `{command}` failed (exit {result.returncode})")


def workflow_commands():
    """The `run:` lines of docs/publish-workflow.md's yaml block: (line number, command)."""
    found = []
    in_yaml = False
    with open(WORKFLOW_DOC, encoding="utf-8") as doc:
        for number, line in enumerate(doc, 1):
            stripped = line.strip()
            if stripped.startswith("```"):
                in_yaml = not in_yaml and stripped == "```yaml"
                continue
            match = re.match(r"-?\s*run:\s*(.+)$", stripped) if in_yaml else None
            if match:
                if match.group(1).strip() in ("|", ">"):
                    sys.exit(f"{WORKFLOW_DOC}:{number}: multi-line run blocks are not read here; write one command per step")
                found.append((number, match.group(1).strip()))
    return found


def run_workflow(env):
    """The nightly workflow's commands on the fixture feed."""
    shutil.rmtree(WORKFLOW_SCRATCH, ignore_errors=True)
    os.makedirs(WORKFLOW_SCRATCH)
    # The workflow's checkout of the project, where it puts it.
    os.symlink(ROOT, os.path.join(WORKFLOW_SCRATCH, "episode-archive"))
    env = dict(env, FEED_URL="file://" + FEED)
    commands = workflow_commands()
    if len(commands) < 5:
        sys.exit(f"{WORKFLOW_DOC}: expected the workflow's run lines, found {len(commands)}")
    for number, command in commands:
        print(f"docs/publish-workflow.md:{number}: {command}", flush=True)
        run(f"docs/publish-workflow.md:{number}", command, WORKFLOW_SCRATCH, env)
    published = os.path.join(WORKFLOW_SCRATCH, "site", "archive", "archive.json")
    if not os.path.isfile(published):
        sys.exit(f"the workflow published no {published}")
    run("docs/publish-workflow.md", f"episode-archive check {published}", WORKFLOW_SCRATCH, env)
    print(f"publish workflow: {len(commands)} commands run as written; site/archive/archive.json passes check")


def main():
    with open(TEST_SCRIPT, encoding="utf-8") as script:
        test_script = script.read()
    shutil.rmtree(SCRATCH, ignore_errors=True)
    os.makedirs(SCRATCH)
    os.symlink(os.path.join(ROOT, "target"), os.path.join(SCRATCH, "target"))
    env = environment()
    ran = 0
    for number, command in commands():
        elsewhere = next((k for k in COVERED_ELSEWHERE if command.startswith(k)), None)
        if elsewhere is not None:
            needle = COVERED_ELSEWHERE[elsewhere]
            if needle not in test_script:
                sys.exit(f"README.md:{number}: `{command}` is run by no step of scripts/test.sh (looked for `{needle}`)")
            print(f"README.md:{number}: {command}  [run by scripts/test.sh: {needle or 'this run'}]")
            continue
        if not command.startswith(RUN_HERE):
            sys.exit(
                f"README.md:{number}: `{command}` is not exercised by the test command: "
                "run it here (scripts/readme-commands.py) or in a step of scripts/test.sh"
            )
        if command.startswith("curl -o feed.xml "):
            print(f"README.md:{number}: {command}  [no internet here: the seed fixture feed instead]")
            shutil.copy(FEED, os.path.join(SCRATCH, "feed.xml"))
            continue
        print(f"README.md:{number}: {command}", flush=True)
        # Cargo builds and installs from the project (a clone's root).
        run(f"README.md:{number}", command, ROOT if command.startswith("cargo ") else SCRATCH, env)
        ran += 1
    print(f"README commands: {ran} run as written, the rest run by their steps")
    run_workflow(env)


if __name__ == "__main__":
    main()
