-- TrialDesk on a trial server: who may read and change what (PostgreSQL 15). The server enforces
-- it, whatever the client: a user with psql and their own password gets exactly these rights.
--
-- * Table privileges per group role follow the permission matrix of core/security/Permissions
--   (tests/server/tst_server_grants checks every role against every table).
-- * Concealment: no group may read randomization_designs.seed or the stream state, nor write the
--   randomizations table; allocations are made by the server's own functions.
-- * Blinding: the roles that may not see arms (outcome assessors) cannot select the arm (nor the
--   block) of a randomization, arm-specific visits, intervention form entries, their values and queries, nor intervention
--   form definitions (row-level security).
-- * Sites: a user of one site sees and changes only that site's screenings, participants and
--   everything hanging from them (row-level security); a user of no site sees every site.
-- * Identity data sit in participant_identities, which only the roles that register participants
--   (and the administrator, who may export identifying data) can read.
-- The database owner runs the migrations and owns the tables: row-level security does not apply to
-- it (nor to the SECURITY DEFINER functions it owns), and it never signs in to TrialDesk.

-- The roles of this trial that may not see the allocated arm (those without arm.view).
CREATE OR REPLACE FUNCTION trialdesk.blinded_roles()
RETURNS text[]
LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['outcome-assessor']
$$;

-- The sites the session's user may see: their own, or every site for a user of no site; none for
-- a login role that is not an active user of this trial. Row-level security evaluates it once per
-- statement ("(SELECT trialdesk.session_sites())" is an init plan).
CREATE OR REPLACE FUNCTION trialdesk.session_sites()
RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(
        (SELECT CASE WHEN u.site_code IS NULL
                     THEN (SELECT coalesce(array_agg(s.code), '{}'::text[]) FROM public.sites AS s)
                     ELSE ARRAY[u.site_code] END
           FROM public.users AS u
          WHERE u.username = session_user AND u.active = 1),
        '{}'::text[])
$$;

-- Whether the session's user is blinded to the arm (true for a login role that is not an active
-- user of this trial: the safe side).
CREATE OR REPLACE FUNCTION trialdesk.session_blinded()
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(
        (SELECT u.role = ANY (trialdesk.blinded_roles())
           FROM public.users AS u
          WHERE u.username = session_user AND u.active = 1),
        true)
$$;

-- The newest entry of the audit chain (its id and hash; 0 and the genesis hash when empty), for
-- every role: reports and exports name the chain head they were made at, and the roles that may
-- not read the trail itself make reports too.
CREATE OR REPLACE FUNCTION trialdesk.audit_head(OUT entries bigint, OUT head text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT a.id FROM public.audit_log AS a ORDER BY a.id DESC LIMIT 1), 0),
           coalesce((SELECT a.hash FROM public.audit_log AS a ORDER BY a.id DESC LIMIT 1), repeat('0', 64))
$$;

-- Grants `privileges` on `target` to the group roles of `roles` (names from this script only).
CREATE OR REPLACE FUNCTION trialdesk.grant_to(privileges text, target text, roles text[])
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY roles LOOP
        PERFORM trialdesk.require_role(r);
        EXECUTE format('GRANT %s ON %s TO %I', privileges, target, trialdesk.group_role(r));
    END LOOP;
END
$$;

-- Start from nothing: no group keeps a privilege this script does not give.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY trialdesk.trial_roles() LOOP
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', trialdesk.group_role(r));
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', trialdesk.group_role(r));
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA trialdesk FROM %I', trialdesk.group_role(r));
    END LOOP;
END
$$;

-- What every role reads: the trial, its settings, sites, accounts, protocol and forms, the screening
-- log, participants, consents, events, visits and form data (narrowed by the policies below), and of
-- the randomization designs what the protocol page shows, never the seed or the block sizes.
SELECT trialdesk.grant_to('SELECT',
    'public.trial, public.settings, public.sites, public.users, public.protocol_versions, '
    'public.form_definitions, public.schema_version, public.screenings, public.participants, '
    'public.consents, public.participant_events, public.visits, public.form_entries, public.item_values, '
    'public.data_queries',
    trialdesk.trial_roles());
SELECT trialdesk.grant_to('SELECT (id, version, method, created_at, created_by, reason, locked_at, locked_by)',
    'public.randomization_designs', trialdesk.trial_roles());

-- identity.view, and data.export-identifying for the administrator.
SELECT trialdesk.grant_to('SELECT', 'public.participant_identities',
    ARRAY['administrator', 'coordinator', 'investigator']);
-- arm.view: the whole allocation. The blinded roles learn that and when a participant was
-- randomized (recruitment, retention, the participant's page), never the arm nor its place in a block.
SELECT trialdesk.grant_to('SELECT', 'public.randomizations',
    ARRAY['administrator', 'coordinator', 'investigator', 'statistician', 'monitor']);
SELECT trialdesk.grant_to(
    'SELECT (id, participant_id, design_version, stratum_values, stratum_index, randomized_at, randomized_by, '
    'stream_lineage)',
    'public.randomizations', trialdesk.blinded_roles());
-- audit.view, audit.verify. Nobody writes the trail but trialdesk.audit_append.
SELECT trialdesk.grant_to('SELECT', 'public.audit_log', ARRAY['administrator', 'monitor', 'statistician']);
-- design.view-concealed. Nobody writes a design but the server's own functions (designs.sql): the
-- server makes the seeds.
SELECT trialdesk.grant_to('SELECT (definition)', 'public.randomization_designs',
    ARRAY['administrator', 'statistician']);
-- The administrator's settings (login policy, idle lock, backups) and sites.
SELECT trialdesk.grant_to('INSERT, UPDATE, DELETE', 'public.settings', ARRAY['administrator']);
SELECT trialdesk.grant_to('INSERT, UPDATE', 'public.sites', ARRAY['administrator']);
-- protocol.amend
SELECT trialdesk.grant_to('INSERT', 'public.protocol_versions', ARRAY['administrator', 'statistician']);
-- The bundled form definitions are installed by whoever first enters, locks or populates forms.
SELECT trialdesk.grant_to('INSERT', 'public.form_definitions',
    ARRAY['administrator', 'coordinator', 'investigator', 'outcome-assessor', 'monitor']);
-- Screening, consent, registration, identity, status changes, visits: coordinators and investigators.
SELECT trialdesk.grant_to('INSERT', 'public.screenings, public.consents, public.participant_events',
    ARRAY['coordinator', 'investigator']);
SELECT trialdesk.grant_to('INSERT, UPDATE', 'public.participants, public.visits',
    ARRAY['coordinator', 'investigator']);
SELECT trialdesk.grant_to('INSERT, UPDATE, DELETE', 'public.participant_identities',
    ARRAY['coordinator', 'investigator']);
-- Form data: entered by coordinators, investigators and assessors; verified by monitors, locked by
-- monitors and administrators.
SELECT trialdesk.grant_to('INSERT, UPDATE', 'public.form_entries',
    ARRAY['coordinator', 'investigator', 'outcome-assessor']);
SELECT trialdesk.grant_to('UPDATE', 'public.form_entries', ARRAY['monitor', 'administrator']);
SELECT trialdesk.grant_to('INSERT, UPDATE, DELETE', 'public.item_values',
    ARRAY['coordinator', 'investigator', 'outcome-assessor']);
-- Queries: raised and closed by monitors, answered by whoever enters data.
SELECT trialdesk.grant_to('INSERT, UPDATE', 'public.data_queries', ARRAY['monitor']);
SELECT trialdesk.grant_to('UPDATE', 'public.data_queries', ARRAY['coordinator', 'investigator', 'outcome-assessor']);

-- The id of a row just inserted is read back with lastval(), which needs SELECT on the identity
-- sequence (its last value tells no more than a count of the table's rows).
SELECT trialdesk.grant_to('SELECT', 'ALL SEQUENCES IN SCHEMA public', trialdesk.trial_roles());

-- The functions every role's statements need: the audit chain and the policies' own checks.
SELECT trialdesk.grant_to('EXECUTE',
    'FUNCTION trialdesk.audit_append(text, text, text, text, text, text, text), trialdesk.audit_head(), '
    'trialdesk.session_sites(), trialdesk.session_blinded(), trialdesk.blinded_roles()',
    trialdesk.trial_roles());
REVOKE EXECUTE ON FUNCTION trialdesk.grant_to(text, text, text[]) FROM PUBLIC;

-- Row-level security: by site, and blinding. Policies without WITH CHECK check new rows with their
-- USING expression, so nobody writes a row they could not read.
ALTER TABLE public.screenings ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_site ON public.screenings
    USING (site_code = ANY ((SELECT trialdesk.session_sites())::text[]));

ALTER TABLE public.participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_site ON public.participants
    USING (site_code = ANY ((SELECT trialdesk.session_sites())::text[]));

-- Hanging from a participant: visible when the participant is (the subquery is itself narrowed by
-- the participants' policy).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['participant_identities', 'consents', 'participant_events', 'randomizations'] LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY by_participant ON public.%I USING (EXISTS (SELECT 1 FROM public.participants '
                       'AS p WHERE p.id = participant_id))', t);
    END LOOP;
END
$$;

-- Visits and form entries: by site, and the arm-specific ones hidden from the blinded roles.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['visits', 'form_entries'] LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY by_site_and_blinding ON public.%I USING (site_code = ANY ((SELECT '
                       'trialdesk.session_sites())::text[]) AND (arm_specific = 0 OR NOT (SELECT '
                       'trialdesk.session_blinded())))', t);
    END LOOP;
END
$$;

ALTER TABLE public.item_values ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_entry ON public.item_values
    USING (EXISTS (SELECT 1 FROM public.form_entries AS e WHERE e.id = entry_id));

ALTER TABLE public.data_queries ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_site_and_entry ON public.data_queries
    USING (site_code = ANY ((SELECT trialdesk.session_sites())::text[])
           AND EXISTS (SELECT 1 FROM public.form_entries AS e WHERE e.id = entry_id));

-- Intervention form definitions are intervention-arm information.
ALTER TABLE public.form_definitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_blinding ON public.form_definitions
    USING (NOT (SELECT trialdesk.session_blinded())
           OR (definition::jsonb ->> 'category') IS DISTINCT FROM 'intervention');

-- The secret that keys the calendar UIDs (core/visits/VisitService), made here by the server
-- (SHA-256 over three random UUIDs: 366 random bits in, 256 out) so that no role needs to write
-- settings for it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.settings WHERE name = 'calendar_uid_key') THEN
        INSERT INTO public.settings (name, value)
        VALUES ('calendar_uid_key',
                encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text
                                         || gen_random_uuid()::text, 'UTF8')), 'hex'));
        PERFORM trialdesk.audit_append('settings.create', 'settings', 'calendar_uid_key', 'value', NULL,
                                       '(random secret, not shown)', NULL);
    END IF;
END
$$;
