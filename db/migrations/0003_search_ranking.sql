-- Reader search (lib/search/search.ts). PostgreSQL took f_unaccent() for cheap (the default COST
-- 100), so for a common word it planned to parse every story's text again rather than read the GIN
-- index of 0001_search.sql: 2.7 s instead of 60 ms for 19,000 matches out of 20,000 stories on
-- this machine. Parsing the unaccented text of a story is that dear; saying so lets the planner
-- choose the indexes (articles_search_idx, articles_title_trgm_idx).
ALTER FUNCTION f_unaccent(text) COST 5000;
