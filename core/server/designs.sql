-- TrialDesk on a trial server: the randomization designs are written and read through the server
-- (PostgreSQL 15), so that no workstation ever holds a seed.
--
-- trialdesk.designs(): every version, oldest first, as a workstation may see it. In place of the
-- seed, its fingerprint (SHA-256 of a tag and the seed): equal fingerprints mean the same seed, so
-- core finds stream lineages and "only a new site" exactly as with seeds, but nothing about the
-- allocations can be computed from it. The block multiples are left out of the definition for the
-- roles that may not see the concealed design (all but administrators and statisticians). The
-- database owner, who can read the table anyway, gets the seed itself.
--
-- trialdesk.design_append(method, definition, seed_hint, reason, seed): the next version. Its seed is
-- the one whose fingerprint is seed_hint (a new site or an amendment that keeps the streams), or else
-- a new one made by the server: the workstation never chooses a seed. Only the database owner may
-- give a seed (server init, an import). Administrators and statisticians may call it; a version
-- after a locked one is locked too, as in a local workspace (DesignStore::append). Nobody may write
-- the table otherwise (grants.sql).

CREATE OR REPLACE FUNCTION trialdesk.seed_fingerprint(seed text)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT encode(sha256(convert_to('trialdesk seed fingerprint v1:' || seed, 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION trialdesk.session_is_owner()
RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT session_user = (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database AS d
                            WHERE d.datname = current_database())
$$;

-- The roles that may see and edit the concealed design (design.view-concealed, design.edit).
CREATE OR REPLACE FUNCTION trialdesk.design_roles()
RETURNS text[]
LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['administrator', 'statistician']
$$;

CREATE OR REPLACE FUNCTION trialdesk.session_role()
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT u.role FROM public.users AS u WHERE u.username = session_user AND u.active = 1
$$;

CREATE OR REPLACE FUNCTION trialdesk.designs()
RETURNS TABLE (version integer, method text, definition text, seed text, created_at text, created_by text,
               reason text, locked_at text, locked_by text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_owner   boolean := trialdesk.session_is_owner();
    v_role    text := trialdesk.session_role();
    v_full    boolean;
BEGIN
    IF NOT v_owner AND v_role IS NULL THEN
        RAISE EXCEPTION 'only a user of this trial may read its randomization design'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    v_full := v_owner OR v_role = ANY (trialdesk.design_roles());
    RETURN QUERY
        SELECT d.version::integer, d.method,
               CASE WHEN v_full THEN d.definition ELSE (d.definition::jsonb - 'multiples')::text END,
               CASE WHEN v_owner THEN d.seed ELSE trialdesk.seed_fingerprint(d.seed) END,
               d.created_at, d.created_by, d.reason, d.locked_at, d.locked_by
          FROM public.randomization_designs AS d
         ORDER BY d.version;
END
$$;

CREATE OR REPLACE FUNCTION trialdesk.design_append(
    method text, definition text, seed_hint text, reason text, seed text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_owner   boolean := trialdesk.session_is_owner();
    v_seed    text;
    v_next    integer;
    v_latest  public.randomization_designs;
BEGIN
    IF NOT v_owner AND NOT coalesce(trialdesk.session_role() = ANY (trialdesk.design_roles()), false) THEN
        RAISE EXCEPTION 'only an administrator or a statistician of this trial may change its randomization design'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF method IS NULL OR method NOT IN ('blocks', 'minimization') THEN
        RAISE EXCEPTION 'there is no randomization method %', method USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The shape core writes (DesignStore::canonicalDefinition); core validates the design itself
    -- before it asks, this keeps a hand-made call from storing what no workstation could read.
    IF definition IS NULL OR jsonb_typeof(definition::jsonb) <> 'object'
       OR definition::jsonb ->> 'format' IS DISTINCT FROM 'trialdesk-design'
       OR definition::jsonb ->> 'method' IS DISTINCT FROM method
       OR jsonb_typeof(definition::jsonb -> 'arms') IS DISTINCT FROM 'array'
       OR jsonb_array_length(definition::jsonb -> 'arms') < 2
       OR jsonb_typeof(definition::jsonb -> 'multiples') IS DISTINCT FROM 'array'
       OR jsonb_typeof(coalesce(definition::jsonb -> 'factors', '[]'::jsonb)) <> 'array' THEN
        RAISE EXCEPTION 'the design''s definition is not a TrialDesk design of method %', method
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM trialdesk.require_reason(reason);
    -- Serialized with every other writer of the design (and with randomizations, which lock it).
    LOCK TABLE public.randomization_designs IN SHARE ROW EXCLUSIVE MODE;
    IF v_owner AND seed ~ '^[0-9a-f]{64}$' THEN
        v_seed := seed;
    ELSE
        SELECT d.seed INTO v_seed FROM public.randomization_designs AS d
         WHERE trialdesk.seed_fingerprint(d.seed) = seed_hint ORDER BY d.version LIMIT 1;
        IF v_seed IS NULL THEN
            v_seed := encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text
                                               || gen_random_uuid()::text, 'UTF8')), 'hex');
        END IF;
    END IF;
    SELECT d.* INTO v_latest FROM public.randomization_designs AS d ORDER BY d.version DESC LIMIT 1;
    v_next := coalesce(v_latest.version, 0) + 1;
    INSERT INTO public.randomization_designs (version, method, definition, seed, created_at, created_by, reason,
                                              locked_at, locked_by)
    VALUES (v_next, method, definition, v_seed,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), session_user,
            btrim(reason), v_latest.locked_at, v_latest.locked_by);
    RETURN v_next;
END
$$;

REVOKE EXECUTE ON FUNCTION trialdesk.designs(), trialdesk.design_append(text, text, text, text, text),
    trialdesk.session_role(), trialdesk.design_roles() FROM PUBLIC;
SELECT trialdesk.grant_to('EXECUTE', 'FUNCTION trialdesk.designs()', trialdesk.trial_roles());
SELECT trialdesk.grant_to('EXECUTE', 'FUNCTION trialdesk.design_append(text, text, text, text, text)',
    trialdesk.design_roles());
