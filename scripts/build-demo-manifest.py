#!/usr/bin/env python3
"""Builds the demo archive (demo/archive.json, demo/bodies/*.json) from ../shared/seed.

Every post of the seed page becomes an episode. Titles, dates, durations,
episode numbers, guests, references and page links come from
episode-facts.tsv where known; empty cells stay unknown (never invented).
Where the facts have no title, a short title written from the post's own
text is used (see TITLES_FROM_TEXT). Categories are editorial (CATEGORIES).

Usage: python3 scripts/build-demo-manifest.py [SEED_DIR] [OUT_DIR]
then:  cargo run -p episode-archive-cli -- index OUT_DIR
(the search index of the post kept in its own file, demo/search/, and the
manifest's `search` member). The output is deterministic; tests check that
the committed files match.
"""
import csv
import json
import re
import sys
from pathlib import Path

SEED = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "../../shared/seed")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).parent / "../demo")

AI = "Artificial Intelligence"
# Editorial categories per seed post (1-based page order), so filtering means something.
CATEGORIES = {
    1: [AI, "Testing", "Deep learning", "Interviews"],
    2: [AI, "Testing"],
    3: [AI, "NLP", "Generative models"],
    4: [AI, "Interviews"],
    5: [AI, "Interviews", "Computer vision"],
    6: [AI, "Deep learning", "Model compression"],
    7: [AI, "Deep learning", "Model compression"],
    8: [AI, "Deep learning"],
    9: [AI, "Deep learning", "Privacy"],
    10: [AI, "Production"],
    11: [AI, "Interviews"],
    12: [AI, "Ethics", "Interviews"],
    13: [AI, "Ethics", "Privacy"],
    14: [AI, "Deep learning", "NLP"],
    15: [AI, "Deep learning", "Generative models"],
}
# Posts whose published title is unknown: titles written from the post's own words.
TITLES_FROM_TEXT = {
    2: "A testing methodology for machine learning models in production",
    3: "GPT-3, hype and AI that writes source code",
    4: "The most noteworthy findings in AI and machine learning in 2019",
    12: "The dark side of AI: bias in the machine",
}
# Long posts: a short summary collapsed, the whole text as the body.
LONG_POSTS = {12, 13}
# Posts whose body is served separately and fetched on first expand.
BODY_URL_POSTS = {12}


def clean(text):
    """Trims lines and collapses runs of blank lines into one."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out = []
    for line in lines:
        if line.strip() == "" and out and out[-1] == "":
            continue
        out.append("" if line.strip() == "" else line)
    return "\n".join(out)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")


def references(cell):
    cell = cell.strip()
    if not cell or cell.startswith("("):
        return []
    # Drop the facts table's own notes, e.g. "(from rebroadcast page)".
    cell = re.sub(r"\s*\((titles from seed|from rebroadcast)[^)]*\)\s*$", "", cell)
    refs = []
    for item in cell.split("; "):
        m = re.fullmatch(r"(.+?)\s*<(https?://[^>]+)>", item.strip())
        refs.append({"title": m.group(1), "url": m.group(2)} if m else {"title": item.strip()})
    return refs


def main():
    page = (SEED / "000_9a1c0031ff54089a.txt").read_text(encoding="utf-8")
    posts = page.split("Read Full Post »")
    trailer = posts.pop().strip()
    assert trailer == "Play this podcast on Podbean App", trailer
    posts[0] = posts[0].replace("Archive for the 'Artificial Intelligence' Category", "", 1)
    with open(SEED / "episode-facts.tsv", encoding="utf-8", newline="") as f:
        facts = {int(r["seed_index"]): r for r in csv.DictReader(f, delimiter="\t")}
    assert len(posts) == len(facts) == 15, (len(posts), len(facts))

    episodes, bodies = [], {}
    for index, raw in enumerate(posts, start=1):
        fact = facts[index]
        text = clean(raw)
        title = fact["title"].strip() or TITLES_FROM_TEXT[index]
        number = int(fact["episode_number"]) if fact["episode_number"].strip() else None
        episode = {"id": f"ep-{number}" if number else slug(title), "title": title}
        if fact["date"].strip():
            episode["date"] = fact["date"].strip()
        if number:
            episode["number"] = number
        episode["categories"] = CATEGORIES[index]
        paragraphs = text.split("\n\n")
        summary = paragraphs[0]
        if index in LONG_POSTS:
            summary = "\n".join(paragraphs[0].splitlines()[:2])
        episode["summary"] = summary
        if text != summary:
            if index in BODY_URL_POSTS:
                episode["body_url"] = f"bodies/{episode['id']}.json"
                bodies[episode["id"]] = {"body": text, "body_format": "text"}
            else:
                episode["body"] = text
        if fact["duration_min"].strip():
            episode["duration_seconds"] = int(fact["duration_min"]) * 60
        if fact["page_or_audio_url"].strip():
            episode["link"] = fact["page_or_audio_url"].strip()
        guest = fact["guest"].split("(")[0].strip()
        if guest:
            episode["guests"] = [{"name": guest}]
        refs = references(fact["references_on_public_page"])
        if refs:
            episode["references"] = refs
        episodes.append(episode)

    manifest = {
        "version": 1,
        "title": "Data Science at Home",
        "description": "Archive for the ‘Artificial Intelligence’ category of the Data Science at Home podcast by Francesco Gadaleta: "
        "machine learning, deep learning and the people and ethics around them.",
        "link": "https://datascienceathome.podbean.com/category/artificial-intelligence",
        "language": "en",
        "episodes": episodes,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bodies").mkdir(exist_ok=True)
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    (OUT / "archive.json").write_text(dump(manifest), encoding="utf-8")
    for ident, body in bodies.items():
        (OUT / "bodies" / f"{ident}.json").write_text(dump(body), encoding="utf-8")
    print(f"{len(episodes)} episodes, {len(bodies)} served separately -> {OUT}")


if __name__ == "__main__":
    main()
