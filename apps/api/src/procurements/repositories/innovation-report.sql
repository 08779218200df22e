-- The innovation report of one year: $1 year, $2 region or null, $3 kind or null, and who may see organisations one
-- by one: $4 everyone (admins), $5 the caller's organisation, $6 the regions they follow. Every aggregate is null
-- when it is computed over fewer than three organisations (the small-group rule); the counts of organisations and
-- procurements are always given. The year's rows are read once, into one row per organisation and novelty; every
-- figure is then summed from those (a few thousand rows), so no DISTINCT and no sort ever touches the procurements.
WITH per_kind AS (
  -- One row per organisation and novelty: four aggregates a procurement, everything else is summed from these.
  SELECT p.organization_id, p.novelty, count(*)::int AS n, sum(p.value_eur) AS value,
         count(*) FILTER (WHERE cardinality(p.sustainability) > 0)::int AS sus_n,
         count(*) FILTER (WHERE p.market_dialogue)::int AS md_n
    FROM procurements p
   WHERE p.year = $1
     AND ($2::text IS NULL AND $3::text IS NULL
          OR p.organization_id IN (SELECT o.id FROM organizations o
                                    WHERE ($2::text IS NULL OR o.region = $2::text)
                                      AND ($3::text IS NULL OR o.kind = $3::text)))
   GROUP BY p.organization_id, p.novelty
),
per_org AS (
  SELECT organization_id, sum(n)::int AS n, sum(value) AS value,
         coalesce(sum(value) FILTER (WHERE novelty IN ('new_to_market', 'new_procedure')), 0) AS inn_value,
         coalesce(sum(n) FILTER (WHERE novelty IN ('new_to_market', 'new_procedure')), 0) AS inn_n,
         coalesce(sum(n) FILTER (WHERE novelty = 'new_to_buyer'), 0) AS buyer_n,
         sum(sus_n) AS sus_n, sum(md_n) AS md_n
    FROM per_kind
   GROUP BY organization_id
),
org AS (
  SELECT w.*, o.name, o.region FROM per_org w JOIN organizations o ON o.id = w.organization_id
),
top AS (
  SELECT count(*)::int AS orgs, coalesce(sum(n), 0)::int AS n, coalesce(sum(value), 0) AS value,
         coalesce(sum(inn_value), 0) AS inn_value, sum(inn_n) AS inn_n, sum(buyer_n) AS ntb_n, sum(sus_n) AS sus_n,
         sum(md_n) AS md_n
    FROM per_org
),
novelty AS (
  SELECT k.ord, k.novelty, count(w.organization_id)::int AS orgs, coalesce(sum(w.n), 0)::int AS n,
         coalesce(sum(w.value), 0) AS value
    FROM (VALUES (1, 'new_to_market'), (2, 'new_procedure'), (3, 'new_to_buyer'), (4, 'none')) AS k(ord, novelty)
    LEFT JOIN per_kind w ON w.novelty = k.novelty
   GROUP BY k.ord, k.novelty
),
region AS (
  SELECT region, count(*)::int AS orgs, sum(n)::int AS n, sum(value) AS value, sum(inn_value) AS inn_value
    FROM org
   GROUP BY region
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
                  FROM org w
                 WHERE $4::boolean OR w.organization_id = $5::uuid OR w.region = ANY($6::text[])), '[]')
) AS report
FROM top t
