-- TrialDesk on a trial server: the audit chain computed by the server (PostgreSQL 15), exactly as
-- docs/audit-chain.md defines it, so that `audit verify` walks a server's trail as it walks a local
-- workspace's. The client names what happened; the server adds who (the session's login role, not
-- a name the client sends), when (the server's clock) and the chain (id, previous hash, hash), one
-- entry at a time: appends are serialized by a table lock held to the end of the transaction, so
-- the entry commits or rolls back with the change it records.

-- One field of the canonical serialization: "<bytes>:<UTF-8 text>," or "~," for NULL.
CREATE OR REPLACE FUNCTION trialdesk.audit_field(value text)
RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN value IS NULL THEN convert_to('~,', 'UTF8')
                ELSE convert_to(octet_length(convert_to(value, 'UTF8'))::text || ':', 'UTF8')
                     || convert_to(value, 'UTF8') || convert_to(',', 'UTF8')
           END
$$;

-- hash(entry) = SHA-256(bytes(prev_hash) || canonical(entry)), lower-case hex.
CREATE OR REPLACE FUNCTION trialdesk.audit_hash(
    prev_hash text, id bigint, at text, username text, action text, entity text, entity_id text,
    field text, old_value text, new_value text, reason text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT encode(sha256(decode(prev_hash, 'hex')
                         || trialdesk.audit_field(id::text) || trialdesk.audit_field(at)
                         || trialdesk.audit_field(username) || trialdesk.audit_field(action)
                         || trialdesk.audit_field(entity) || trialdesk.audit_field(entity_id)
                         || trialdesk.audit_field(field) || trialdesk.audit_field(old_value)
                         || trialdesk.audit_field(new_value) || trialdesk.audit_field(reason)), 'hex')
$$;

-- Appends one entry in the caller's transaction and returns its id.
CREATE OR REPLACE FUNCTION trialdesk.audit_append(
    action text, entity text, entity_id text, field text,
    old_value text, new_value text, reason text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id   bigint;
    v_prev text;
    v_at   text;
    v_user text := session_user;
BEGIN
    IF action IS NULL OR action = '' OR entity IS NULL OR entity = '' THEN
        RAISE EXCEPTION 'an audit entry needs an action and an entity' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- One appender at a time (SHARE ROW EXCLUSIVE conflicts with itself; readers go on).
    LOCK TABLE public.audit_log IN SHARE ROW EXCLUSIVE MODE;
    SELECT a.id, a.hash INTO v_id, v_prev FROM public.audit_log AS a ORDER BY a.id DESC LIMIT 1;
    IF NOT FOUND THEN
        v_id := 0;
        v_prev := repeat('0', 64);
    END IF;
    v_id := v_id + 1;
    -- Read after the lock: an entry is never earlier than the one committed before it.
    v_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    INSERT INTO public.audit_log (id, at, username, action, entity, entity_id, field, old_value, new_value,
                                  reason, prev_hash, hash)
    VALUES (v_id, v_at, v_user, action, entity, coalesce(entity_id, ''), coalesce(field, ''), old_value,
            new_value, reason, v_prev,
            trialdesk.audit_hash(v_prev, v_id, v_at, v_user, action, entity, coalesce(entity_id, ''),
                                 coalesce(field, ''), old_value, new_value, reason));
    RETURN v_id;
END
$$;

REVOKE EXECUTE ON FUNCTION trialdesk.audit_append(text, text, text, text, text, text, text) FROM PUBLIC;
