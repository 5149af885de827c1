-- TrialDesk on a trial server: the randomization log is checked against the seed where the seed is,
-- on the server (PostgreSQL 15). trialdesk.log_expected() gives, for every recorded randomization,
-- what spec v1 hands out at its stratum and sequence in its stream lineage (the first design version
-- with the same seed, method, arms and multiples, as DesignStore::lineages finds it): block number,
-- block size, position in the block and arm. Core compares them with the log, finds duplicates and
-- gaps, and reports as it does for a local workspace (RandomizationLogService). For the roles that
-- may view the log (randomization-log.view) and the database owner; nothing of a future allocation
-- is returned, only the entries already made.

CREATE OR REPLACE FUNCTION trialdesk.log_roles()
RETURNS text[]
LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['administrator', 'statistician', 'monitor']
$$;

CREATE OR REPLACE FUNCTION trialdesk.log_expected()
RETURNS TABLE (randomization_id bigint, block_number bigint, block_size integer, position_in_block integer,
               arm text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s         record;
    v_design  public.randomization_designs;
    v_def     jsonb;
    v_codes   text[];
    v_weights integer[];
    v_mults   integer[];
BEGIN
    IF NOT trialdesk.session_is_owner() AND NOT coalesce(trialdesk.session_role() = ANY (trialdesk.log_roles()), false)
    THEN
        RAISE EXCEPTION 'only an administrator, a statistician or a monitor may check the randomization log'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOR s IN
        WITH lineage AS (
            SELECT d.version,
                   (SELECT min(o.version) FROM public.randomization_designs AS o
                     WHERE o.seed = d.seed AND o.method = d.method
                       AND o.definition::jsonb -> 'arms' = d.definition::jsonb -> 'arms'
                       AND o.definition::jsonb -> 'multiples' = d.definition::jsonb -> 'multiples') AS first
              FROM public.randomization_designs AS d)
        SELECT l.first, r.stratum_index, max(r.sequence) AS last
          FROM public.randomizations AS r JOIN lineage AS l ON l.version = r.design_version
         GROUP BY l.first, r.stratum_index
    LOOP
        SELECT d.* INTO v_design FROM public.randomization_designs AS d WHERE d.version = s.first;
        IF v_design.method <> 'blocks' OR s.stratum_index < 0 OR s.last < 1 THEN
            CONTINUE;
        END IF;
        v_def := v_design.definition::jsonb;
        SELECT array_agg(a.value ->> 'code' ORDER BY a.ordinality),
               array_agg((a.value ->> 'weight')::integer ORDER BY a.ordinality)
          INTO v_codes, v_weights
          FROM jsonb_array_elements(v_def -> 'arms') WITH ORDINALITY AS a;
        SELECT array_agg(m.value::integer ORDER BY m.ordinality)
          INTO v_mults
          FROM jsonb_array_elements_text(v_def -> 'multiples') WITH ORDINALITY AS m;
        -- Each block holds at least one entry per arm: as many blocks as the last sequence is enough.
        RETURN QUERY
            WITH lineage AS (
                SELECT d.version,
                       (SELECT min(o.version) FROM public.randomization_designs AS o
                         WHERE o.seed = d.seed AND o.method = d.method
                           AND o.definition::jsonb -> 'arms' = d.definition::jsonb -> 'arms'
                           AND o.definition::jsonb -> 'multiples' = d.definition::jsonb -> 'multiples') AS first
                  FROM public.randomization_designs AS d)
            SELECT r.id, e.block_number, e.block_size, e.position_in_block, e.arm
              FROM public.randomizations AS r
              JOIN lineage AS l ON l.version = r.design_version
              JOIN trialdesk.spec_v1_entries(v_design.seed, v_codes, v_weights, v_mults, s.stratum_index,
                                             s.last::integer) AS e ON e.sequence = r.sequence
             WHERE l.first = s.first AND r.stratum_index = s.stratum_index;
    END LOOP;
END
$$;

REVOKE EXECUTE ON FUNCTION trialdesk.log_expected(), trialdesk.log_roles() FROM PUBLIC;
SELECT trialdesk.grant_to('EXECUTE', 'FUNCTION trialdesk.log_expected()', trialdesk.log_roles());
