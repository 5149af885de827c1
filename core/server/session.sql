-- TrialDesk on a trial server: what a signed-in user does to their own account (PostgreSQL 15).
--
-- trialdesk.password_change(verifier): the user's new password, sent as libpq's SCRAM verifier
-- (never in clear), replaces their login role's; the "must change password" flag an administrator's
-- reset set is cleared; audited under the user's role. The caller proves the current password first
-- (a connection of its own, core's TrialSession::verifyPassword). SECURITY DEFINER: the owner holds
-- CREATEROLE; the user may change only their own role's password, and only as an active user.

CREATE OR REPLACE FUNCTION trialdesk.password_change(verifier text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.users AS u WHERE u.username = session_user AND u.active = 1) THEN
        RAISE EXCEPTION 'only an active user of this trial may change their password here'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM trialdesk.require_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
    UPDATE public.users AS u SET must_change_password = 0 WHERE u.username = session_user;
    PERFORM trialdesk.audit_append('user.password-change', 'user', session_user, 'password', NULL, NULL, NULL);
END
$$;

REVOKE EXECUTE ON FUNCTION trialdesk.password_change(text) FROM PUBLIC;
SELECT trialdesk.grant_to('EXECUTE', 'FUNCTION trialdesk.password_change(text)', trialdesk.trial_roles());
