"""Reads the flat records of `claimdiff analyze --format jsonl`, as a notebook would.

    npx claimdiff analyze examples/reports/*.json --format jsonl > records.jsonl
    python3 examples/notebook.py records.jsonl

With pandas the whole file is one data frame, one row per record:

    records = pandas.read_json("records.jsonl", lines=True)
    records[records.type == "comparison"].groupby("relation").score.describe()
"""
import json
import sys
from collections import Counter

with open(sys.argv[1], encoding="utf-8") as f:
    records = [json.loads(line) for line in f if line.strip()]
statements = [r for r in records if r["type"] == "statement"]
comparisons = [r for r in records if r["type"] == "comparison"]
groups = {s["group"] for s in statements}
print(f"{len(statements)} statements in {len(groups)} groups, {len(comparisons)} comparisons")
for relation, n in sorted(Counter(c["relation"] for c in comparisons).items()):
    print(f"{relation}: {n}")
