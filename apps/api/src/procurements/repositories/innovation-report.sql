-- The innovation report of one year: $1 year, $2 region or null, $3 kind or null, and who may see organisations one
-- by one: $4 everyone (admins), $5 the caller's organisation, $6 the regions they follow. Every aggregate is null
-- when it is computed over fewer than three organisations (the small-group rule); the counts of organisations and
-- procurements are always given.
WITH sel AS (
  SELECT p.organization_id, o.name, o.region, p.value_eur::numeric AS v, p.novelty,
         p.novelty IN ('new_to_market', 'new_procedure') AS innovative,
         cardinality(p.sustainability) > 0 AS sustainable, p.market_dialogue
    FROM procurements p
    JOIN organizations o ON o.id = p.organization_id
   WHERE p.year = $1
     AND ($2::text IS NULL OR o.region = $2::text)
     AND ($3::text IS NULL OR o.kind = $3::text)
),
top AS (
  SELECT count(DISTINCT organization_id)::int AS orgs, count(*)::int AS n,
         coalesce(sum(v), 0) AS value, coalesce(sum(v) FILTER (WHERE innovative), 0) AS inn_value,
         count(*) FILTER (WHERE innovative) AS inn_n, count(*) FILTER (WHERE novelty = 'new_to_buyer') AS ntb_n,
         count(*) FILTER (WHERE sustainable) AS sus_n, count(*) FILTER (WHERE market_dialogue) AS md_n
    FROM sel
),
novelty AS (
  SELECT k.novelty, k.ord, count(DISTINCT s.organization_id)::int AS orgs, count(s.novelty)::int AS n,
         coalesce(sum(s.v), 0) AS value
    FROM unnest(ARRAY['new_to_market', 'new_procedure', 'new_to_buyer', 'none']) WITH ORDINALITY AS k(novelty, ord)
    LEFT JOIN sel s ON s.novelty = k.novelty
   GROUP BY k.novelty, k.ord
),
region AS (
  SELECT region, count(DISTINCT organization_id)::int AS orgs, count(*)::int AS n, sum(v) AS value,
         coalesce(sum(v) FILTER (WHERE innovative), 0) AS inn_value
    FROM sel
   GROUP BY region
),
own AS (
  SELECT organization_id, name, region, count(*)::int AS n, sum(v) AS value,
         coalesce(sum(v) FILTER (WHERE innovative), 0) AS inn_value
    FROM sel
   WHERE $4::boolean OR organization_id = $5::uuid OR region = ANY($6::text[])
   GROUP BY organization_id, name, region
)
SELECT json_build_object(
  'organizations', t.orgs,
  'procurements', t.n,
  'valueEur', CASE WHEN t.orgs >= 3 THEN t.value END,
  'innovativeValueEur', CASE WHEN t.orgs >= 3 THEN t.inn_value END,
  'innovativeShare', CASE WHEN t.orgs >= 3 THEN (t.inn_value / nullif(t.value, 0))::float8 END,
  'innovativeCountShare', CASE WHEN t.orgs >= 3 THEN t.inn_n::float8 / t.n END,
  'newToBuyerShare', CASE WHEN t.orgs >= 3 THEN t.ntb_n::float8 / t.n END,
  'sustainableShare', CASE WHEN t.orgs >= 3 THEN t.sus_n::float8 / t.n END,
  'marketDialogueShare', CASE WHEN t.orgs >= 3 THEN t.md_n::float8 / t.n END,
  'byNovelty', (SELECT json_agg(json_build_object(
                  'novelty', k.novelty,
                  'count', CASE WHEN k.orgs >= 3 THEN k.n END,
                  'valueEur', CASE WHEN k.orgs >= 3 THEN k.value END) ORDER BY k.ord)
                  FROM novelty k),
  'byRegion', coalesce((SELECT json_agg(json_build_object(
                  'region', r.region,
                  'organizations', r.orgs,
                  'procurements', r.n,
                  'valueEur', CASE WHEN r.orgs >= 3 THEN r.value END,
                  'innovativeValueEur', CASE WHEN r.orgs >= 3 THEN r.inn_value END,
                  'innovativeShare', CASE WHEN r.orgs >= 3 THEN (r.inn_value / nullif(r.value, 0))::float8 END)
                  ORDER BY r.region)
                  FROM region r), '[]'),
  'byOrganization', coalesce((SELECT json_agg(json_build_object(
                  'organizationId', w.organization_id,
                  'name', w.name,
                  'region', w.region,
                  'procurements', w.n,
                  'valueEur', w.value,
                  'innovativeShare', (w.inn_value / nullif(w.value, 0))::float8)
                  ORDER BY w.name, w.organization_id)
                  FROM own w), '[]')
) AS report
FROM top t
