-- TrialDesk on a trial server: every TrialDesk user is a PostgreSQL login role (SCRAM-SHA-256), a
-- member of one group role per TrialDesk role, and accounts change only through these functions,
-- which only administrators may call (PostgreSQL 15).
--
-- Group roles are named trialdesk_<database>_<role> ("trialdesk_pilot_coordinator"), so that
-- several trials can share one server; a person's login role is their TrialDesk user name, the same
-- in every trial of that server. Passwords never reach the server in clear: the client sends the
-- SCRAM verifier libpq computes (PQencryptPasswordConn), which is what PostgreSQL stores anyway.
-- Each change writes the users table and its audit entries (trialdesk.audit_append, the caller's
-- login role as the user) in the caller's transaction. The function owner (the trial's database
-- owner) needs CREATEROLE, and pg_signal_backend to end a deactivated user's sessions.

CREATE OR REPLACE FUNCTION trialdesk.group_role(role text)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'trialdesk_' || current_database() || '_' || replace(role, '-', '_')
$$;

CREATE OR REPLACE FUNCTION trialdesk.trial_roles()
RETURNS text[]
LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['administrator', 'coordinator', 'investigator', 'outcome-assessor', 'statistician', 'monitor']
$$;

-- The group roles of this trial (idempotent).
DO $$
DECLARE
    r text;
BEGIN
    IF octet_length(trialdesk.group_role('outcome-assessor')) > 63 THEN
        RAISE EXCEPTION 'the database name % is too long for the trial''s role names (at most 36 bytes)',
            current_database();
    END IF;
    FOREACH r IN ARRAY trialdesk.trial_roles() LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = trialdesk.group_role(r)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', trialdesk.group_role(r));
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), trialdesk.group_role(r));
    END LOOP;
    -- Only the trial's roles (and the owner) connect: a deactivated user, out of every group, cannot.
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- Refuses unless the session's role is an active administrator of this trial.
CREATE OR REPLACE FUNCTION trialdesk.require_administrator()
RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.users AS u
                    WHERE u.username = session_user AND u.role = 'administrator' AND u.active = 1)
       OR NOT pg_catalog.pg_has_role(session_user, trialdesk.group_role('administrator'), 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator of this trial may manage its accounts'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION trialdesk.require_reason(reason text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    IF reason IS NULL OR btrim(reason) = '' THEN
        RAISE EXCEPTION 'a reason is required to change existing data' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION trialdesk.require_role(role text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    IF role IS NULL OR NOT role = ANY (trialdesk.trial_roles()) THEN
        RAISE EXCEPTION 'there is no role %', role USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION trialdesk.require_verifier(verifier text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'the password must be sent as a SCRAM-SHA-256 verifier, never in clear'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- The opening of every change to an existing account: the caller is an administrator and gave a
-- reason; the account's users row, locked for the change. Refuses an unknown account, and a
-- deactivated one unless `deactivated_too`.
CREATE OR REPLACE FUNCTION trialdesk.user_for_change(username text, reason text, deactivated_too boolean DEFAULT false)
RETURNS public.users
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user public.users;
BEGIN
    PERFORM trialdesk.require_administrator();
    PERFORM trialdesk.require_reason(reason);
    SELECT u.* INTO v_user FROM public.users AS u WHERE u.username = user_for_change.username FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no user %', username USING ERRCODE = 'no_data_found';
    END IF;
    IF v_user.active = 0 AND NOT deactivated_too THEN
        RAISE EXCEPTION 'the account % is deactivated', username USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN v_user;
END
$$;

-- Adds an account. The first administrator is added by the database owner (server init), who
-- need not be an administrator of the trial; afterwards only administrators add accounts.
CREATE OR REPLACE FUNCTION trialdesk.user_add(
    username text, display_name text, role text, site_code text, verifier text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_name text := coalesce(nullif(btrim(display_name), ''), username);
    v_site text := nullif(site_code, '');
    v_exists boolean;
BEGIN
    IF session_user <> (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database AS d
                         WHERE d.datname = current_database()) THEN
        PERFORM trialdesk.require_administrator();
    END IF;
    IF username IS NULL OR username !~ '^[a-z0-9][a-z0-9._-]{0,63}$' THEN
        RAISE EXCEPTION '"%" is not a valid user name', username USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM trialdesk.require_role(role);
    PERFORM trialdesk.require_verifier(verifier);
    IF EXISTS (SELECT 1 FROM public.users AS u WHERE u.username = user_add.username) THEN
        RAISE EXCEPTION 'there is already a user %', username USING ERRCODE = 'unique_violation';
    END IF;
    IF v_site IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.sites AS s WHERE s.code = v_site) THEN
        RAISE EXCEPTION 'there is no site %', v_site USING ERRCODE = 'no_data_found';
    END IF;
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r WHERE r.rolname = user_add.username) INTO v_exists;
    IF v_exists THEN
        -- A person already on this server (another trial): their login role joins this trial, and
        -- keeps the password they have.
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                    WHERE r.rolname = user_add.username AND (r.rolsuper OR r.rolcreaterole OR NOT r.rolcanlogin)) THEN
            RAISE EXCEPTION 'the server role % cannot be a TrialDesk user', username
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', username, verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', trialdesk.group_role(role), username);
    INSERT INTO public.users (username, display_name, role, site_code, active, must_change_password, created_at)
    VALUES (username, v_name, role, v_site, 1, 0,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    PERFORM trialdesk.audit_append('user.add', 'user', username, 'role', NULL, role, NULL);
    PERFORM trialdesk.audit_append('user.add', 'user', username, 'display_name', NULL, v_name, NULL);
    PERFORM trialdesk.audit_append('user.add', 'user', username, 'site_code', NULL, coalesce(v_site, ''), NULL);
END
$$;

-- Deactivates an account: out of every group of this trial, and its sessions on this trial's
-- database end now.
CREATE OR REPLACE FUNCTION trialdesk.user_deactivate(username text, reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user public.users;
    r text;
BEGIN
    v_user := trialdesk.user_for_change(username, reason, deactivated_too => true);
    IF username = session_user THEN
        RAISE EXCEPTION 'you cannot deactivate your own account' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_user.active = 0 THEN
        RAISE EXCEPTION 'the account % is already deactivated', username USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH r IN ARRAY trialdesk.trial_roles() LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members AS m
                     JOIN pg_catalog.pg_roles AS g ON g.oid = m.roleid
                     JOIN pg_catalog.pg_roles AS u ON u.oid = m.member
                    WHERE g.rolname = trialdesk.group_role(r) AND u.rolname = user_deactivate.username) THEN
            EXECUTE format('REVOKE %I FROM %I', trialdesk.group_role(r), username);
        END IF;
    END LOOP;
    UPDATE public.users AS u SET active = 0 WHERE u.username = user_deactivate.username;
    PERFORM trialdesk.audit_append('user.deactivate', 'user', username, 'active', '1', '0', btrim(reason));
    PERFORM pg_catalog.pg_terminate_backend(a.pid)
       FROM pg_catalog.pg_stat_activity AS a
      WHERE a.usename = user_deactivate.username AND a.datname = current_database();
END
$$;

CREATE OR REPLACE FUNCTION trialdesk.user_set_role(username text, role text, reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user public.users;
BEGIN
    v_user := trialdesk.user_for_change(username, reason);
    PERFORM trialdesk.require_role(role);
    IF v_user.role = role THEN
        RAISE EXCEPTION '% already has the role %', username, role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF username = session_user AND role <> 'administrator' THEN
        RAISE EXCEPTION 'you cannot take the administrator role away from yourself; ask another administrator'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('REVOKE %I FROM %I', trialdesk.group_role(v_user.role), username);
    EXECUTE format('GRANT %I TO %I', trialdesk.group_role(role), username);
    UPDATE public.users AS u SET role = user_set_role.role WHERE u.username = user_set_role.username;
    PERFORM trialdesk.audit_append('user.role', 'user', username, 'role', v_user.role, role, btrim(reason));
END
$$;

-- A new password chosen by an administrator; the user must choose their own at the next sign-in.
CREATE OR REPLACE FUNCTION trialdesk.user_reset_password(username text, verifier text, reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user public.users;
BEGIN
    v_user := trialdesk.user_for_change(username, reason);
    PERFORM trialdesk.require_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', username, verifier);
    UPDATE public.users AS u SET must_change_password = 1 WHERE u.username = user_reset_password.username;
    PERFORM trialdesk.audit_append('user.password-reset', 'user', username, 'password', NULL, NULL, btrim(reason));
END
$$;

-- Nothing in the schema is executable by PUBLIC (functions are, by default), now or later.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA trialdesk FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA trialdesk REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Every role of the trial may reach the schema's functions it is granted, and administrators the
-- account functions (each checks the caller again itself).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY trialdesk.trial_roles() LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA trialdesk TO %I', trialdesk.group_role(r));
    END LOOP;
    EXECUTE format('GRANT EXECUTE ON FUNCTION trialdesk.user_add(text, text, text, text, text), '
                   'trialdesk.user_deactivate(text, text), trialdesk.user_set_role(text, text, text), '
                   'trialdesk.user_reset_password(text, text, text) TO %I', trialdesk.group_role('administrator'));
END
$$;
