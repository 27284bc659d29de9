#!/usr/bin/env python3
"""Writes a deterministic synthetic podcast RSS feed of N episodes (default
3000, about 2 KB each: ~6 MB) for the importer benchmark.

Usage: python3 scripts/gen-feed.py [N] [OUT]   (OUT default: target/bench/feed-N.xml)
"""
import random
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"target/bench/feed-{N}.xml")
rng = random.Random(42)
WORDS = (
    "model models data learning deep neural network networks training inference gradient loss "
    "optimizer dataset bias privacy ethics production pipeline latency compression pruning "
    "distillation transformer attention embedding token language vision audio speech research "
    "paper benchmark evaluation metric accuracy robustness fairness interpretability causal "
    "statistics probability bayesian regression classification clustering feature engineering "
    "the a of and to in is that for on with as it this we you are be by or at from about "
    "guest interview conversation episode season host listeners question answer idea story"
).split()
CATS = ["Deep learning", "Ethics", "Interviews", "NLP", "Privacy", "Model compression", "Testing",
        "Generative models", "Computer vision", "Production", "Statistics", "Careers"]
NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Claude Shannon", "Katherine Johnson",
         "John McCarthy", "Fei-Fei Li", "Yoshua Bengio", "Cynthia Dwork", "Judea Pearl"]


def sentence(lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


def paragraph(n):
    return " ".join(sentence(8, 18) for _ in range(n))


start = datetime(2015, 1, 5, 8, tzinfo=timezone.utc)
items = []
for i in range(N, 0, -1):
    when = start + timedelta(days=i * 2)
    summary = paragraph(2)
    body = "".join(f"<p>{paragraph(rng.randint(2, 4))}</p>" for _ in range(rng.randint(2, 5)))
    cats = "".join(f"<category>{c}</category>" for c in rng.sample(CATS, rng.randint(1, 3)))
    guest = rng.choice(NAMES)
    items.append(f"""    <item>
      <title>{sentence(3, 8)[:-1]} (Ep. {i})</title>
      <link>https://bench.example/episodes/{i}</link>
      <guid isPermaLink="false">bench-{i}</guid>
      <pubDate>{format_datetime(when)}</pubDate>
      <description><![CDATA[<p>{summary}</p>]]></description>
      <content:encoded><![CDATA[<p>{summary}</p>{body}]]></content:encoded>
      <enclosure url="https://cdn.bench.example/{i}.mp3" length="{rng.randint(10**7, 9 * 10**7)}" type="audio/mpeg"/>
      <itunes:duration>{rng.randint(10, 90)}:{rng.randint(0, 59):02d}</itunes:duration>
      <itunes:episode>{i}</itunes:episode>
      {cats}
      <podcast:person role="guest">{guest}</podcast:person>
    </item>""")
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>Benchmark Show</title>
    <link>https://bench.example/</link>
    <language>en</language>
    <description>A synthetic show for the importer benchmark.</description>
{chr(10).join(items)}
  </channel>
</rss>
""", encoding="utf-8")
print(f"{N} items, {OUT.stat().st_size} bytes -> {OUT}")
