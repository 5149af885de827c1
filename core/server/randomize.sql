-- TrialDesk on a trial server: randomization is one server function (PostgreSQL 15). No login role
-- may write the randomizations table or read the seed (core/server/grants.sql); the coordinators and
-- investigators call trialdesk.randomize(study_id), which checks everything core's
-- RandomizationService checks, computes the stratum from the values recorded at registration, takes
-- the stratum's next allocation (trialdesk.next_allocation: spec v1, serialized per stratum), and
-- records it with its audit entries in the caller's transaction. The caller then plans the visits
-- and appends the electronic signature's entry in the same transaction, and commits: all or
-- nothing.
--
-- Errors carry the SQLSTATE core maps to its own error codes: insufficient_privilege (the caller),
-- no_data_found (no such participant, at the caller's site), unique_violation (already randomized),
-- invalid_parameter_value (not eligible, no valid consent), feature_not_supported (not a blocks
-- design), data_exception (the registration and the design disagree), data_corrupted (the stream
-- and the recorded allocations disagree).

-- The roles that may randomize (randomize in core/security/Permissions).
CREATE OR REPLACE FUNCTION trialdesk.randomizing_roles()
RETURNS text[]
LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['coordinator', 'investigator']
$$;

CREATE OR REPLACE FUNCTION trialdesk.randomize(
    study_id text,
    OUT arm text, OUT randomized_at text, OUT randomized_by text, OUT design_version integer,
    OUT stream_lineage integer, OUT stratum_index integer, OUT sequence bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user        public.users;
    v_participant public.participants;
    v_outcome     text;
    v_consent     text;
    v_protocol    jsonb;
    v_current     jsonb;
    v_design      public.randomization_designs;
    v_factor      jsonb;
    v_level       text;
    v_index       bigint;
    v_stratum     bigint := 0;
    v_next        record;
    v_recorded    bigint;
BEGIN
    -- The caller: an active user of a role that randomizes, with a password of their own.
    SELECT u.* INTO v_user FROM public.users AS u WHERE u.username = session_user AND u.active = 1;
    IF NOT FOUND OR NOT v_user.role = ANY (trialdesk.randomizing_roles())
       OR NOT pg_catalog.pg_has_role(session_user, trialdesk.group_role(v_user.role), 'MEMBER') THEN
        RAISE EXCEPTION 'your role may not randomize participants' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_user.must_change_password <> 0 THEN
        RAISE EXCEPTION 'an administrator reset your password: choose your own before you randomize'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    -- The participant, locked: two workstations randomizing the same person wait for each other.
    SELECT p.* INTO v_participant FROM public.participants AS p WHERE p.study_id = randomize.study_id FOR UPDATE;
    IF NOT FOUND OR (v_user.site_code IS NOT NULL AND v_participant.site_code <> v_user.site_code) THEN
        RAISE EXCEPTION 'there is no participant % at your site', study_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_participant.status <> 'registered'
       OR EXISTS (SELECT 1 FROM public.randomizations AS r WHERE r.participant_id = v_participant.id) THEN
        RAISE EXCEPTION 'participant % cannot be randomized: their status is %', study_id, v_participant.status
            USING ERRCODE = 'unique_violation';
    END IF;
    SELECT s.outcome INTO v_outcome FROM public.screenings AS s WHERE s.id = v_participant.screening_id;
    IF v_outcome IS DISTINCT FROM 'eligible' THEN
        RAISE EXCEPTION 'participant % was not found eligible at screening', study_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- The latest consent must satisfy the protocol in force: on its current form, or on an earlier
    -- one when the current form does not require re-consent (ParticipantRecords::consentSatisfies).
    SELECT c.form_version INTO v_consent FROM public.consents AS c
     WHERE c.participant_id = v_participant.id ORDER BY c.id DESC LIMIT 1;
    IF v_consent IS NULL THEN
        RAISE EXCEPTION 'participant % has no recorded consent', study_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT v.definition::jsonb INTO v_protocol FROM public.protocol_versions AS v ORDER BY v.version DESC LIMIT 1;
    SELECT f.value INTO v_current FROM jsonb_array_elements(v_protocol -> 'consent_forms') AS f
     WHERE coalesce((f.value ->> 'current')::boolean, false);
    IF v_current IS NULL
       OR NOT (v_current ->> 'version' = v_consent
               OR (NOT coalesce((v_current ->> 'reconsent_required')::boolean, false)
                   AND EXISTS (SELECT 1 FROM jsonb_array_elements(v_protocol -> 'consent_forms') AS f
                                WHERE f.value ->> 'version' = v_consent))) THEN
        RAISE EXCEPTION 'participant % consented on form %, which the protocol in force does not accept: record the re-consent first',
                study_id, v_consent
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- The current design, and the participant's stratum under it: the level of each factor as
    -- recorded at registration ("factor=level,..."; the last value of a factor counts), in mixed
    -- radix, first factor most significant (randomization::Design::stratumIndex).
    SELECT d.* INTO v_design FROM public.randomization_designs AS d ORDER BY d.version DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no randomization design yet' USING ERRCODE = 'no_data_found';
    END IF;
    IF v_design.method <> 'blocks' THEN
        RAISE EXCEPTION 'the current design uses %, which the server does not randomize', v_design.method
            USING ERRCODE = 'feature_not_supported';
    END IF;
    FOR v_factor IN SELECT f.value FROM jsonb_array_elements(coalesce(v_design.definition::jsonb -> 'factors', '[]'))
                                        WITH ORDINALITY AS f ORDER BY f.ordinality LOOP
        SELECT substr(part.value, strpos(part.value, '=') + 1) INTO v_level
          FROM unnest(string_to_array(v_participant.stratum_values, ',')) WITH ORDINALITY AS part(value, ordinality)
         WHERE strpos(part.value, '=') > 1 AND left(part.value, strpos(part.value, '=') - 1) = v_factor ->> 'code'
         ORDER BY part.ordinality DESC LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'participant % has no recorded value for the stratification factor %',
                    study_id, v_factor ->> 'code'
                USING ERRCODE = 'data_exception';
        END IF;
        SELECT l.ordinality - 1 INTO v_index
          FROM jsonb_array_elements_text(v_factor -> 'levels') WITH ORDINALITY AS l(code, ordinality)
         WHERE l.code = v_level;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the recorded value %=% of participant % is not a level of the current design',
                    v_factor ->> 'code', v_level, study_id
                USING ERRCODE = 'data_exception';
        END IF;
        v_stratum := v_stratum * jsonb_array_length(v_factor -> 'levels') + v_index;
    END LOOP;

    -- The next allocation of the stratum. The stream state and the recorded allocations must agree:
    -- a stream behind the table would hand out a position already used.
    SELECT n.* INTO v_next FROM trialdesk.next_allocation(v_design.version, v_stratum::integer) AS n;
    SELECT count(*) INTO v_recorded FROM public.randomizations AS r
     WHERE r.stratum_index = v_stratum AND r.stream_lineage = v_next.lineage;
    IF v_next.sequence <> v_recorded + 1 THEN
        RAISE EXCEPTION 'the allocation stream of stratum % stands at position % but % allocations are recorded: the trial database is inconsistent',
                v_stratum, v_next.sequence, v_recorded
            USING ERRCODE = 'data_corrupted';
    END IF;

    arm := v_next.arm;
    randomized_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    randomized_by := session_user;
    design_version := v_design.version;
    stream_lineage := v_next.lineage;
    stratum_index := v_stratum;
    sequence := v_next.sequence;
    INSERT INTO public.randomizations (participant_id, design_version, stratum_values, stratum_index, sequence,
                                       block_number, block_size, position_in_block, arm, randomized_at,
                                       randomized_by, stream_lineage)
    VALUES (v_participant.id, v_design.version, v_participant.stratum_values, v_stratum, v_next.sequence,
            v_next.block_number, v_next.block_size, v_next.position_in_block, v_next.arm, randomized_at,
            randomized_by, v_next.lineage);
    UPDATE public.participants AS p SET status = 'randomized' WHERE p.id = v_participant.id;

    -- The entries core's RandomizationService writes, in its words.
    PERFORM trialdesk.audit_append('participant.randomize', 'participant', study_id, 'arm', NULL, arm, NULL);
    PERFORM trialdesk.audit_append('participant.randomize', 'participant', study_id, 'allocation', NULL,
        format('design_version=%s;stream_lineage=%s;stratum_index=%s;sequence=%s',
               design_version, stream_lineage, stratum_index, sequence), NULL);
    -- The first randomization under a design locks it (DesignStore::lock).
    IF v_design.locked_at IS NULL THEN
        UPDATE public.randomization_designs AS d SET locked_at = randomized_at, locked_by = randomized_by
         WHERE d.version = v_design.version;
        PERFORM trialdesk.audit_append('design.lock', 'design', v_design.version::text, 'locked', 'no', 'yes',
                                       'first randomization');
    END IF;
END
$$;

REVOKE EXECUTE ON FUNCTION trialdesk.randomize(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION trialdesk.randomizing_roles() FROM PUBLIC;
SELECT trialdesk.grant_to('EXECUTE', 'FUNCTION trialdesk.randomize(text)', trialdesk.randomizing_roles());
