# %% [markdown]
# # Exploring a newsprep dataset
#
# Notebook-style script (cells split by `# %%`): loads a published dataset with pandas
# (Parquet through pyarrow) and answers three questions. Run it whole:
#
#     python examples/explore.py dist            # prints the answers
#     python examples/explore.py dist --json     # one JSON object, for scripts
#
# or open it as a notebook in any editor that reads `# %%` cells.

# %%
import json
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

DIST = Path(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "dist")


def load(table: str) -> pd.DataFrame:
    """One table of the dataset; column descriptions are in the Parquet field metadata."""
    return pq.read_table(DIST / f"{table}.parquet").to_pandas()


articles, quotes, entities, duplicates = (load(t) for t in ("articles", "quotes", "entities", "duplicates"))
print(pq.read_schema(DIST / "quotes.parquet").field("speaker").metadata[b"description"].decode())

# %% [markdown]
# ## 1. Who is quoted most about Syria?
# Quotations attributed to a speaker, in articles that mention Syria (an entity whose
# canonical name is Syria).

# %%
syria_articles = set(entities.loc[entities["canonical"] == "Syria", "article_id"])
about_syria = quotes[quotes["article_id"].isin(syria_articles) & quotes["speaker"].notna()]
quoted = (
    about_syria.groupby("speaker")
    .agg(quotes=("text", "size"), articles=("article_id", "nunique"))
    .reset_index()
    .sort_values(["quotes", "speaker"], ascending=[False, True])
    .head(10)
)
print(quoted.to_string(index=False))

# %% [markdown]
# ## 2. How many syndicated copies per story?
# Each kept article is a story; its copies are the inputs dropped as its duplicates.

# %%
copies = duplicates.groupby("duplicate_of").size()
per_story = articles["id"].map(copies).fillna(0).astype(int)
copies_per_story = per_story.value_counts().sort_index().rename_axis("copies").reset_index(name="stories")
print(copies_per_story.to_string(index=False))

# %% [markdown]
# ## 3. How many articles per week?
# By publication date (UTC, weeks starting on Monday); articles without a date apart.

# %%
published = pd.to_datetime(articles["published"], utc=True)
week = (published.dt.tz_localize(None).dt.to_period("W-SUN").dt.start_time).dt.date
per_week = week[published.notna()].value_counts().sort_index().rename_axis("week").reset_index(name="articles")
undated = int(published.isna().sum())
print(per_week.to_string(index=False))
print(f"without a date: {undated}")

# %%
if "--json" in sys.argv:
    print(json.dumps({
        "quoted_about_syria": [[r.speaker, int(r.quotes), int(r.articles)] for r in quoted.itertuples()],
        "copies_per_story": [[int(r.copies), int(r.stories)] for r in copies_per_story.itertuples()],
        "articles_per_week": [[str(r.week), int(r.articles)] for r in per_week.itertuples()] + [[None, undated]] * (undated > 0),
    }))
