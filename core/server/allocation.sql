-- TrialDesk on a trial server: the next allocation of a stratum, computed from the design the
-- server holds (PostgreSQL 15). The caller names a design version and a stratum; the seed, the
-- arms and the multiples are read here and never leave the server.
--
-- The stream lineage is the first design version with the same seed, arms, multiples and method
-- (docs/randomization-spec.md, "Designs that change"; core/design/DesignStore::lineages): a
-- version that only adds a site continues every stratum's list where it stood.
--
-- SECURITY DEFINER: runs as the owner, who alone may read randomization_designs.seed and the
-- stream state. Not executable by PUBLIC: it hands out (consumes) an allocation, so only the
-- server's own randomization, which records the allocation in the same transaction, may call it.

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
    v_codes   text[];
    v_weights integer[];
    v_mults   integer[];
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

    SELECT array_agg(a.value ->> 'code' ORDER BY a.ordinality),
           array_agg((a.value ->> 'weight')::integer ORDER BY a.ordinality)
      INTO v_codes, v_weights
      FROM jsonb_array_elements(v_def -> 'arms') WITH ORDINALITY AS a;
    SELECT array_agg(m.value::integer ORDER BY m.ordinality)
      INTO v_mults
      FROM jsonb_array_elements_text(v_def -> 'multiples') WITH ORDINALITY AS m;

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

    SELECT min(o.version) INTO lineage
      FROM public.randomization_designs AS o
     WHERE o.seed = v_design.seed AND o.method = v_design.method
       AND o.definition::jsonb -> 'arms' = v_def -> 'arms'
       AND o.definition::jsonb -> 'multiples' = v_def -> 'multiples';

    SELECT n.sequence, n.block_number, n.block_size, n.position_in_block, n.arm
      INTO sequence, block_number, block_size, position_in_block, arm
      FROM trialdesk.spec_v1_next(lineage, stratum, v_design.seed, v_codes, v_weights, v_mults) AS n;
END
$$;

REVOKE EXECUTE ON FUNCTION trialdesk.next_allocation(integer, integer) FROM PUBLIC;
