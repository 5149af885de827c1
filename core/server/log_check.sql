-- TrialDesk on a trial server: the randomization log is checked against the seed where the seed is,
-- on the server (PostgreSQL 15). trialdesk.log_expected() gives, for every recorded randomization,
-- what spec v1 hands out at its stratum and sequence in its stream lineage (the first design version
-- with the same seed, method, arms and multiples, as DesignStore::lineages finds it): block number,
-- block size, position in the block and arm. Core compares them with the log, finds duplicates and
-- gaps, and reports as it does for a local workspace (RandomizationLogService). For the roles that
-- may view the log (randomization-log.view) and the database owner; nothing of a future allocation
-- is returned, only the entries already made.

-- One definition, in force on the server, of a version's stream lineage and of the stream parameters
-- read from a definition: the log check below and trialdesk.next_allocation (redefined here to use
-- them, with the same behaviour as migration 9's) can then never disagree on either.

-- The first design version with the same seed, method, arms and multiples (DesignStore::lineages).
CREATE OR REPLACE FUNCTION trialdesk.design_lineage(design_version integer)
RETURNS integer
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT min(o.version)::integer
      FROM public.randomization_designs AS d
      JOIN public.randomization_designs AS o
        ON o.seed = d.seed AND o.method = d.method
       AND o.definition::jsonb -> 'arms' = d.definition::jsonb -> 'arms'
       AND o.definition::jsonb -> 'multiples' = d.definition::jsonb -> 'multiples'
     WHERE d.version = design_lineage.design_version
$$;

-- The arm codes, weights and block multiples of a definition, in order.
CREATE OR REPLACE FUNCTION trialdesk.design_stream(
    definition jsonb, OUT codes text[], OUT weights integer[], OUT multiples integer[])
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (SELECT array_agg(a.value ->> 'code' ORDER BY a.ordinality)
              FROM jsonb_array_elements(definition -> 'arms') WITH ORDINALITY AS a),
           (SELECT array_agg((a.value ->> 'weight')::integer ORDER BY a.ordinality)
              FROM jsonb_array_elements(definition -> 'arms') WITH ORDINALITY AS a),
           (SELECT array_agg(m.value::integer ORDER BY m.ordinality)
              FROM jsonb_array_elements_text(definition -> 'multiples') WITH ORDINALITY AS m)
$$;

CREATE OR REPLACE FUNCTION trialdesk.next_allocation(
    design_version integer, stratum integer,
    OUT lineage integer, OUT sequence bigint, OUT block_number bigint, OUT block_size integer,
    OUT position_in_block integer, OUT arm text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_design  public.randomization_designs;
    v_def     jsonb;
    v_stream  record;
    v_strata  bigint;
    v_levels  integer;
BEGIN
    SELECT d.* INTO v_design FROM public.randomization_designs AS d WHERE d.version = design_version;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no randomization design version %', design_version
            USING ERRCODE = 'no_data_found';
    END IF;
    IF v_design.method <> 'blocks' THEN
        RAISE EXCEPTION 'design version % uses %, not permuted blocks: it has no allocation stream',
                design_version, v_design.method
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_def := v_design.definition::jsonb;
    v_stream := trialdesk.design_stream(v_def);

    -- Strata: the product of the factors' level counts (1 without factors).
    v_strata := 1;
    FOR v_levels IN SELECT jsonb_array_length(f.value -> 'levels')
                      FROM jsonb_array_elements(coalesce(v_def -> 'factors', '[]'::jsonb)) AS f LOOP
        v_strata := v_strata * v_levels;
    END LOOP;
    IF stratum IS NULL OR stratum < 0 OR stratum >= v_strata THEN
        RAISE EXCEPTION 'stratum % is outside design version % (strata 0 to %)',
                stratum, design_version, v_strata - 1
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    lineage := trialdesk.design_lineage(design_version);
    SELECT n.sequence, n.block_number, n.block_size, n.position_in_block, n.arm
      INTO sequence, block_number, block_size, position_in_block, arm
      FROM trialdesk.spec_v1_next(lineage, stratum, v_design.seed, v_stream.codes, v_stream.weights,
                                  v_stream.multiples) AS n;
END
$$;

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
    v_stream  record;
BEGIN
    IF NOT trialdesk.session_is_owner() AND NOT coalesce(trialdesk.session_role() = ANY (trialdesk.log_roles()), false)
    THEN
        RAISE EXCEPTION 'only an administrator, a statistician or a monitor may check the randomization log'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Each (lineage, stratum) with its entries' ids and last sequence.
    FOR s IN
        SELECT l.first, r.stratum_index, max(r.sequence) AS last, array_agg(r.id) AS ids
          FROM public.randomizations AS r
          JOIN (SELECT d.version, trialdesk.design_lineage(d.version) AS first
                  FROM public.randomization_designs AS d) AS l ON l.version = r.design_version
         GROUP BY l.first, r.stratum_index
    LOOP
        SELECT d.* INTO v_design FROM public.randomization_designs AS d WHERE d.version = s.first;
        IF v_design.method <> 'blocks' OR s.stratum_index < 0 OR s.last < 1 THEN
            CONTINUE;
        END IF;
        v_stream := trialdesk.design_stream(v_design.definition::jsonb);
        -- Each block holds at least one entry per arm: as many blocks as the last sequence is enough.
        RETURN QUERY
            SELECT r.id, e.block_number, e.block_size, e.position_in_block, e.arm
              FROM public.randomizations AS r
              JOIN trialdesk.spec_v1_entries(v_design.seed, v_stream.codes, v_stream.weights, v_stream.multiples,
                                             s.stratum_index, s.last::integer) AS e ON e.sequence = r.sequence
             WHERE r.id = ANY (s.ids);
    END LOOP;
END
$$;

REVOKE EXECUTE ON FUNCTION trialdesk.log_expected(), trialdesk.log_roles(), trialdesk.design_lineage(integer),
    trialdesk.design_stream(jsonb), trialdesk.next_allocation(integer, integer) FROM PUBLIC;
SELECT trialdesk.grant_to('EXECUTE', 'FUNCTION trialdesk.log_expected()', trialdesk.log_roles());
