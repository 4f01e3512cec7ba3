// Named queries of the rebuild (libs/projections/README.md, "Rebuild"). Identifiers (schemas,
// tables) come from checked projection definitions or from the catalog, always through
// escapeIdentifier; values go as parameters.

/** Each table as search_path finds it, with what a LIKE copy would not carry over. */
export const INSPECT_TABLES = `
  SELECT t.name, c.oid::text AS oid, n.nspname AS schema, c.relkind::text AS kind,
         c.relrowsecurity AS row_security,
         EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND NOT g.tgisinternal) AS has_triggers,
         EXISTS (SELECT 1 FROM pg_constraint k
                  WHERE k.contype = 'f' AND (k.conrelid = c.oid OR k.confrelid = c.oid)) AS has_foreign_keys,
         EXISTS (SELECT 1 FROM pg_depend d
                   JOIN pg_rewrite r ON r.oid = d.objid
                   JOIN pg_class v ON v.oid = r.ev_class
                  WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = c.oid AND v.relkind = 'm') AS has_materialized_views
    FROM unnest($1::text[]) WITH ORDINALITY AS t(name, i)
    LEFT JOIN pg_class c ON c.oid = to_regclass(t.name)
    LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
   ORDER BY t.i`;

export const SEARCH_PATH = 'SELECT current_setting($1) AS value';
/** Local to the transaction: the shadow schema first, so that unqualified names find the copies. */
export const SET_LOCAL = 'SELECT set_config($1, $2, true)';

export const INDEXES = `
  SELECT c.relname AS name, i.indisprimary AS primary, i.indisunique AS unique, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
   WHERE i.indrelid = $1::oid`;

export const TABLE_OID = 'SELECT to_regclass($1)::oid::text AS oid';

/** Views reading the live tables, captured before the swap so that they can be pointed at the new ones. */
export const DEPENDENT_VIEWS = `
  SELECT DISTINCT v.oid::regclass::text AS name, pg_get_viewdef(v.oid) AS definition, v.reloptions AS options
    FROM pg_depend d
    JOIN pg_rewrite r ON r.oid = d.objid
    JOIN pg_class v ON v.oid = r.ev_class
   WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
     AND d.refobjid = ANY($1::oid[]) AND v.oid <> ALL($1::oid[])`;
