-- FerretDB 1.x on PostgreSQL answers an equality filter, `_id` included, with a pushed-down
-- `_jsonb -> 'field' @> value`, and indexes each declared key with a btree on `_jsonb -> 'field'`.
-- A btree cannot answer `@>`, so every findOne by _id and every find by an indexed field is a
-- sequential scan of the whole table, read row by row. This event
-- trigger gives every btree FerretDB creates a GIN companion (jsonb_path_ops answers `@>`) on
-- each of its key expressions, and the backfill at the end covers tables made before it existed.
-- Idempotent: the stack runs it at every start. MongoDB itself needs none of this.

SET client_min_messages = warning;

CREATE OR REPLACE FUNCTION expertnet_add_gin_companions(btree oid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  source record;
  expression text;
BEGIN
  SELECT i.indrelid, i.indnatts, t.relname AS table_name, n.nspname AS schema_name
    INTO source
    FROM pg_index i
    JOIN pg_class ix ON ix.oid = i.indexrelid
    JOIN pg_am am ON am.oid = ix.relam
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
   WHERE i.indexrelid = btree AND am.amname = 'btree';
  IF NOT FOUND THEN
    RETURN;
  END IF;
  FOR column_number IN 1..source.indnatts LOOP
    expression := pg_get_indexdef(btree, column_number, true);
    CONTINUE WHEN expression !~ '^\(?_jsonb (->|#>) ';
    EXECUTE format(
      'CREATE INDEX IF NOT EXISTS %I ON %I.%I USING gin ((%s) jsonb_path_ops)',
      left(source.table_name, 40) || '_' || left(md5(expression), 10) || '_gin',
      source.schema_name, source.table_name, expression);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION expertnet_gin_companions_on_create() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  command record;
BEGIN
  FOR command IN
    SELECT objid FROM pg_event_trigger_ddl_commands()
     WHERE command_tag = 'CREATE INDEX' AND object_type = 'index'
  LOOP
    PERFORM expertnet_add_gin_companions(command.objid);
  END LOOP;
END $$;

DROP EVENT TRIGGER IF EXISTS expertnet_gin_companions;
CREATE EVENT TRIGGER expertnet_gin_companions ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX')
  EXECUTE FUNCTION expertnet_gin_companions_on_create();

DO $$
BEGIN
  PERFORM expertnet_add_gin_companions(i.indexrelid)
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast');
END $$;
