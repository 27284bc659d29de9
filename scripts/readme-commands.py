#!/usr/bin/env python3
"""Runs the README's commands as a reader would, so none ships broken.

Every `sh` block of README.md and every command in running text that starts
with `target/release/`, `bash scripts/` or `node scripts/` is one of:

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
FEED = os.path.join(ROOT, "tests", "fixtures", "feeds", "seed.xml")

# README command (its start) → what scripts/test.sh must contain to run it.
COVERED_ELSEWHERE = {
    "bash scripts/demo.sh": "node --test tests/demo/",  # reads the README's line and runs it
    "bash scripts/test.sh": "",  # this run
    "bash scripts/fuzz.sh": "bash scripts/fuzz.sh",  # the same script, 30 s per target
    "node scripts/sizes.mjs": "node scripts/sizes.mjs --budget",
}

# The reader's first steps: run before the other sections' commands, which
# use the archive they make.
FIRST_SECTION = "## From your feed to your page"

RUN_HERE = ("cargo build --release -p episode-archive-cli", "target/release/", "curl -o feed.xml ")


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
                for inline in re.findall(r"`((?:target/release/|bash scripts/|node scripts/)[^`]+)`", line):
                    into.append((number, inline))
    return first + found


def main():
    with open(TEST_SCRIPT, encoding="utf-8") as script:
        test_script = script.read()
    shutil.rmtree(SCRATCH, ignore_errors=True)
    os.makedirs(SCRATCH)
    os.symlink(os.path.join(ROOT, "target"), os.path.join(SCRATCH, "target"))
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
        result = subprocess.run(command, shell=True, cwd=SCRATCH, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0:
            sys.stdout.write(result.stdout)
            sys.exit(f"README.md:{number}: `{command}` failed (exit {result.returncode})")
        ran += 1
    print(f"README commands: {ran} run as written, the rest run by their steps")


if __name__ == "__main__":
    main()
