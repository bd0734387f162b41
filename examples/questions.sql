-- Three questions about a newsprep dataset, in DuckDB SQL over its Parquet files.
--
--   cd dist && duckdb < ../examples/questions.sql
--   (or from Python: duckdb.sql(open('examples/questions.sql').read()) with the dataset as cwd)
--
-- Timestamps are UTC; weeks start on Monday.
SET TimeZone = 'UTC';

-- 1. Who is quoted most about Syria?
--    Quotations attributed to a speaker, in articles that mention Syria (an entity whose
--    canonical name is Syria).
SELECT q.speaker, count(*) AS quotes, count(DISTINCT q.article_id) AS articles
FROM 'quotes.parquet' AS q
WHERE q.speaker IS NOT NULL
  AND q.article_id IN (SELECT article_id FROM 'entities.parquet' WHERE canonical = 'Syria')
GROUP BY q.speaker
ORDER BY quotes DESC, q.speaker
LIMIT 10;

-- 2. How many syndicated copies per story?
--    Each kept article is a story; its copies are the inputs dropped as its duplicates.
SELECT copies, count(*) AS stories
FROM (
  SELECT a.id, count(d.id) AS copies
  FROM 'articles.parquet' AS a
  LEFT JOIN 'duplicates.parquet' AS d ON d.duplicate_of = a.id
  GROUP BY a.id
)
GROUP BY copies
ORDER BY copies;

-- 3. How many articles per week (by publication date; articles without a date apart)?
SELECT CASE WHEN published IS NULL THEN NULL ELSE CAST(date_trunc('week', published) AS DATE) END AS week,
       count(*) AS articles
FROM 'articles.parquet'
GROUP BY week
ORDER BY week NULLS LAST;
