"""Loads every table of a published newsprep dataset with pandas, pyarrow and polars and
checks each against the JSONL file (read with the json module), and the column descriptions
in the Arrow and Parquet field metadata against schemas/. Prints one JSON line per
check and exits 1 on any mismatch.

Usage: python read_dataset.py DIST
"""
import datetime as dt
import json
import math
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow.feather as feather
import pyarrow.parquet as pq

dist = Path(sys.argv[1])
manifest = json.loads((dist / "manifest.json").read_text())
problems = []


def iso_to_ms(s):
    if len(s) == 4:
        s += "-01-01"
    elif len(s) == 7:
        s += "-01"
    if "T" not in s:
        s += "T00:00:00"
    if not (s.endswith("Z") or s[-6] in "+-"):
        s += "+00:00"
    return round(dt.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() * 1000)


def norm(value, kind):
    """A value in a form every reader can be compared in (timestamps as epoch ms)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if kind == "timestamp":
        if isinstance(value, str):
            return iso_to_ms(value)
        if isinstance(value, (pd.Timestamp, dt.datetime)):
            return round(value.timestamp() * 1000)
        return int(value)
    if kind == "list":
        return [str(v) for v in list(value)]
    if kind in ("integer", "number"):
        return float(value)
    return value


def check(reader, table, kinds, columns, rows, expected):
    if list(columns) != list(kinds):
        problems.append(f"{reader} {table}: columns {list(columns)}")
        return
    got = [[norm(v, kinds[c]) for c, v in zip(columns, r)] for r in rows]
    if got != expected:
        bad = next(i for i, (a, b) in enumerate(zip(got, expected)) if a != b) if len(got) == len(expected) else "count"
        problems.append(f"{reader} {table}: rows differ (first at {bad})")
    print(json.dumps({"reader": reader, "table": table, "rows": len(got), "ok": got == expected}))


for table, info in manifest["tables"].items():
    schema = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "tables" / f"{table}.schema.json").read_text())
    kinds = {}
    for name, p in schema["properties"].items():
        t = p.get("type")
        t = [x for x in (t if isinstance(t, list) else [t]) if x != "null"][0]
        kinds[name] = "timestamp" if p.get("x-arrow") == "timestamp" else {"integer": "integer", "number": "number", "array": "list"}.get(t, "string")
    lines = [json.loads(l) for l in (dist / f"{table}.jsonl").read_text(encoding="utf-8").splitlines() if l]
    expected = [[norm(r[c], kinds[c]) for c in kinds] for r in lines]

    df = pd.read_json(dist / f"{table}.jsonl", lines=True, dtype=False, convert_dates=False, precise_float=True)
    if len(df.columns) == 0:
        df = pd.DataFrame(columns=list(kinds))
    check("pandas.read_json", table, kinds, df.columns, df.astype(object).where(df.notna(), None).values.tolist(), expected)

    conv = {c: json.loads for c, k in kinds.items() if k == "list"}
    df = pd.read_csv(dist / f"{table}.csv", keep_default_na=False, na_values=[""], dtype=str, converters=conv)
    for c, k in kinds.items():
        if k in ("integer", "number"):
            df[c] = pd.to_numeric(df[c])
    check("pandas.read_csv", table, kinds, df.columns, df.astype(object).where(df.notna(), None).values.tolist(), expected)

    df = pd.read_parquet(dist / f"{table}.parquet")
    check("pandas.read_parquet", table, kinds, df.columns, df.astype(object).where(df.notna(), None).values.tolist(), expected)

    for reader, t in (("pyarrow.feather", feather.read_table(dist / f"{table}.arrow")), ("pyarrow.parquet", pq.read_table(dist / f"{table}.parquet"))):
        cols = t.column_names
        data = t.to_pylist()
        check(reader, table, kinds, cols, [[r[c] for c in cols] for r in data], expected)

    # Column descriptions travel in the field metadata of both binary formats, as in schemas/.
    for reader, arrow_schema in (("pyarrow.feather metadata", feather.read_table(dist / f"{table}.arrow").schema), ("pyarrow.parquet metadata", pq.read_schema(dist / f"{table}.parquet"))):
        described = {f.name: (f.metadata or {}).get(b"description", b"").decode() for f in arrow_schema}
        want = {name: p.get("description", "") for name, p in schema["properties"].items()}
        ok = described == want and (arrow_schema.metadata or {}).get(b"description", b"").decode() == schema.get("description", "")
        if not ok:
            problems.append(f"{reader} {table}: field descriptions differ from schemas/")
        print(json.dumps({"reader": reader, "table": table, "ok": ok}))

    for reader, t in (("polars.read_ipc", pl.read_ipc(dist / f"{table}.arrow")), ("polars.read_parquet", pl.read_parquet(dist / f"{table}.parquet"))):
        check(reader, table, kinds, t.columns, [list(r) for r in t.iter_rows()], expected)

for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
