#!/usr/bin/env python3
"""Writes a deterministic synthetic manifest of N episodes for the search
benchmarks: titles of 4-10 words, two-sentence summaries, inline bodies of
3-8 paragraphs, 1-3 of 12 categories, a guest, dates two days apart.

Words follow a Zipf-Mandelbrot law over a vocabulary of 40,000: the
commonest are English function words and the show's topics, the long tail
is made-up words of 3-12 letters (like names and jargon), so an archive of
10,000 episodes has tens of thousands of distinct words, as real ones do.

Usage: python3 scripts/gen-manifest.py N [OUT] [--split-bodies] [--write-bodies] [--pages DIR]
  OUT default: target/bench/manifest-N.json
  --split-bodies: bodies are left out and each episode gets a `body_url`
  (what the importer does with long show notes); for the 100k browser run.
  --write-bodies: with --split-bodies, also writes each body as a body
  document beside OUT (bodies/ep-N.json), for the full-text benchmark.
  --pages DIR: also writes one HTML page per episode into DIR (title,
  summary, post), the same archive as a static site for Pagefind.
"""
import html
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SPLIT = "--split-bodies" in sys.argv
WRITE_BODIES = "--write-bodies" in sys.argv
PAGES = Path(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else None
if PAGES is not None:
    ARGS.remove(str(PAGES))
N = int(ARGS[0]) if ARGS else 10000
OUT = Path(ARGS[1]) if len(ARGS) > 1 else Path(f"target/bench/manifest-{N}.json")
rng = random.Random(7)
HEAD = (
    "model models data learning deep neural network networks training inference gradient loss "
    "optimizer dataset bias privacy ethics production pipeline latency compression pruning "
    "distillation transformer attention embedding token language vision audio speech research "
    "paper benchmark evaluation metric accuracy robustness fairness interpretability causal "
    "statistics probability bayesian regression classification clustering feature engineering "
    "reinforcement agent reward policy graph federated quantization hardware compiler rust python "
    "the a of and to in is that for on with as it this we you are be by or at from about "
    "guest interview conversation episode season host listeners question answer idea story café "
    "naïve résumé señor über façade"
).split()
# Function words first: they are the commonest in any text.
HEAD.sort(key=lambda w: (len(w) > 3, 0))
SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ["a", "e", "i", "o", "u", "ou", "ai", "y"]]
TAIL = set()
while len(TAIL) < 40000 - len(HEAD):
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 5)))
    if 3 <= len(word) <= 12 and word not in HEAD:
        TAIL.add(word)
TAIL = sorted(TAIL)
rng.shuffle(TAIL)
WORDS = HEAD + TAIL
CUMULATIVE = []
acc = 0.0
for rank in range(len(WORDS)):
    acc += 1.0 / (rank + 2.7) ** 1.0
    CUMULATIVE.append(acc)
CATS = ["Deep learning", "Ethics", "Interviews", "NLP", "Privacy", "Model compression", "Testing",
        "Generative models", "Computer vision", "Production", "Statistics", "Careers"]
NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Claude Shannon", "Katherine Johnson",
         "John McCarthy", "Fei-Fei Li", "Yoshua Bengio", "Cynthia Dwork", "Judea Pearl", "Zoë Müller"]


def sentence(lo, hi):
    words = rng.choices(WORDS, cum_weights=CUMULATIVE, k=rng.randint(lo, hi))
    return " ".join(words).capitalize() + "."


episodes, bodies, pages = [], [], []
start = date(2000, 1, 1)
for i in range(1, N + 1):
    summary = f"{sentence(8, 16)} {sentence(8, 16)}"
    body = "\n\n".join(" ".join(sentence(8, 18) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 8)))
    episode = {
        "id": f"ep-{i}",
        "title": sentence(4, 10)[:-1],
        "date": (start + timedelta(days=2 * i % 9000)).isoformat(),
        "number": i,
        "categories": rng.sample(CATS, rng.randint(1, 3)),
        "summary": summary,
        "body": f"{summary}\n\n{body}",
        "duration_seconds": rng.randint(600, 5400),
        "guests": [{"name": rng.choice(NAMES)}],
    }
    if PAGES is not None:
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in episode["body"].split("\n\n"))
        pages.append((i, f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(episode['title'])}</title></head>"
                         f"<body><main data-pagefind-body><h1>{html.escape(episode['title'])}</h1>{paragraphs}</main></body></html>"))
    if SPLIT:
        body = episode.pop("body")
        if WRITE_BODIES:
            episode["body_url"] = f"bodies/ep-{i}.json"
            bodies.append((i, body))
        else:
            episode["body_url"] = f"bodies/ep-{i}.txt"
    episodes.append(episode)
OUT.parent.mkdir(parents=True, exist_ok=True)
if bodies:
    (OUT.parent / "bodies").mkdir(exist_ok=True)
    for i, body in bodies:
        (OUT.parent / "bodies" / f"ep-{i}.json").write_text(json.dumps({"body": body}, ensure_ascii=False))
if PAGES is not None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for i, page in pages:
        (PAGES / f"ep-{i}.html").write_text(page)
OUT.write_text(json.dumps({"version": 1, "title": f"Benchmark archive ({N})", "episodes": episodes}, ensure_ascii=False))
print(f"{N} episodes, {OUT.stat().st_size} bytes -> {OUT}")
