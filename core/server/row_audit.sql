-- TrialDesk on a trial server: every change to trial data is audited by the server itself
-- (PostgreSQL 15). A trigger on each table of the trial appends an entry through
-- trialdesk.audit_append for every row inserted, changed (one entry per changed column, with the old
-- and the new value) or deleted, under the session's login role: a change made with psql, outside
-- TrialDesk, is audited like any other, in the same transaction. TrialDesk's own services add their
-- entries beside these (what was done and why: "participant.randomize", reasons, signatures).
--
-- Values that must not be read from the trail are not copied into it: the seed of a design, the
-- calendar's secret, and every value of participant_identities (names, dates of birth, health
-- insurance numbers), for which the trail says which column changed, not to what.
--
-- Arguments of the trigger: TG_ARGV[0] the key columns, comma-separated (the entity id, joined by
-- '/'); TG_ARGV[1] the columns never copied, comma-separated ('*': all of them).

CREATE OR REPLACE FUNCTION trialdesk.audit_row()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_keys    text[] := string_to_array(TG_ARGV[0], ',');
    v_hidden  text[] := string_to_array(coalesce(TG_ARGV[1], ''), ',');
    v_old     jsonb;
    v_new     jsonb;
    v_row     jsonb;
    v_id      text;
    v_column  text;
    v_before  text;
    v_after   text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_new := to_jsonb(NEW);
    END IF;
    v_row := coalesce(v_new, v_old);
    SELECT string_agg(v_row ->> k, '/' ORDER BY o) INTO v_id FROM unnest(v_keys) WITH ORDINALITY AS u(k, o);
    -- A column never copied: its value becomes a marker (the setting's value only for the secret).
    FOREACH v_column IN ARRAY (SELECT array_agg(key) FROM jsonb_object_keys(v_row) AS key) LOOP
        IF '*' = ANY (v_hidden) AND NOT v_column = ANY (v_keys) OR v_column = ANY (v_hidden)
           OR (TG_TABLE_NAME = 'settings' AND v_column = 'value' AND v_row ->> 'name' = 'calendar_uid_key') THEN
            IF v_old IS NOT NULL AND v_old ? v_column AND v_old -> v_column <> 'null'::jsonb THEN
                v_old := jsonb_set(v_old, ARRAY[v_column], '"(not shown)"');
            END IF;
            IF v_new IS NOT NULL AND v_new ? v_column AND v_new -> v_column <> 'null'::jsonb THEN
                v_new := jsonb_set(v_new, ARRAY[v_column], '"(not shown)"');
            END IF;
        END IF;
    END LOOP;
    IF TG_OP = 'INSERT' THEN
        PERFORM trialdesk.audit_append('row.insert', TG_TABLE_NAME, v_id, '', NULL, v_new::text, NULL);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM trialdesk.audit_append('row.delete', TG_TABLE_NAME, v_id, '', v_old::text, NULL, NULL);
    ELSE
        FOR v_column IN SELECT key FROM jsonb_object_keys(to_jsonb(NEW)) AS key ORDER BY key LOOP
            IF to_jsonb(OLD) -> v_column IS DISTINCT FROM to_jsonb(NEW) -> v_column THEN
                v_before := v_old ->> v_column;
                v_after := v_new ->> v_column;
                PERFORM trialdesk.audit_append('row.update', TG_TABLE_NAME, v_id, v_column, v_before, v_after, NULL);
            END IF;
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION trialdesk.audit_row() FROM PUBLIC;

-- Each table of the trial, with its key and the columns never copied.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('trial', 'id', ''),
            ('settings', 'name', ''),
            ('sites', 'code', ''),
            ('users', 'username', ''),
            ('protocol_versions', 'version', ''),
            ('randomization_designs', 'version', 'seed'),
            ('form_definitions', 'code,version', ''),
            ('screenings', 'screening_number', ''),
            ('participants', 'study_id', ''),
            ('participant_identities', 'participant_id', '*'),
            ('consents', 'id', ''),
            ('randomizations', 'participant_id', ''),
            ('participant_events', 'id', ''),
            ('visits', 'id', ''),
            ('form_entries', 'id', ''),
            ('item_values', 'entry_id,item_code', ''),
            ('data_queries', 'id', '')) AS v(name, keys, hidden) LOOP
        EXECUTE format('CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON public.%I '
                       'FOR EACH ROW EXECUTE FUNCTION trialdesk.audit_row(%L, %L)', t.name, t.keys, t.hidden);
    END LOOP;
END
$$;
