#!/usr/bin/env python3
"""Writes a deterministic synthetic manifest of N episodes for the search
benchmarks: titles of 4-10 words, two-sentence summaries, inline bodies of
3-8 paragraphs, 1-3 of 12 categories, a guest, dates two days apart.

Usage: python3 scripts/gen-manifest.py N [OUT]   (OUT default: target/bench/manifest-N.json)
"""
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"target/bench/manifest-{N}.json")
rng = random.Random(7)
WORDS = (
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
CATS = ["Deep learning", "Ethics", "Interviews", "NLP", "Privacy", "Model compression", "Testing",
        "Generative models", "Computer vision", "Production", "Statistics", "Careers"]
NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Claude Shannon", "Katherine Johnson",
         "John McCarthy", "Fei-Fei Li", "Yoshua Bengio", "Cynthia Dwork", "Judea Pearl", "Zoë Müller"]


def sentence(lo, hi):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi))).capitalize() + "."


episodes = []
start = date(2000, 1, 1)
for i in range(1, N + 1):
    summary = f"{sentence(8, 16)} {sentence(8, 16)}"
    body = "\n\n".join(" ".join(sentence(8, 18) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 8)))
    episodes.append({
        "id": f"ep-{i}",
        "title": sentence(4, 10)[:-1],
        "date": (start + timedelta(days=2 * i % 9000)).isoformat(),
        "number": i,
        "categories": rng.sample(CATS, rng.randint(1, 3)),
        "summary": summary,
        "body": f"{summary}\n\n{body}",
        "duration_seconds": rng.randint(600, 5400),
        "guests": [{"name": rng.choice(NAMES)}],
    })
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({"version": 1, "title": f"Benchmark archive ({N})", "episodes": episodes}, ensure_ascii=False))
print(f"{N} episodes, {OUT.stat().st_size} bytes -> {OUT}")
