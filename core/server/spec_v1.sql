-- TrialDesk allocation sequence, spec v1 (docs/randomization-spec.md, sections 1-4), in PL/pgSQL.
--
-- PostgreSQL 15. Idempotent: safe to run again on a database that already has it
-- (CREATE SCHEMA/TABLE IF NOT EXISTS, CREATE OR REPLACE FUNCTION; an existing
-- trialdesk.stream_state table is left as it is, with its data).
--
-- Arithmetic: every 32-bit word is held in a bigint in [0, 2^32). Products and sums are
-- computed in bigint (the largest product, 1566083941 * (2^32 - 1) ~ 6.7e18, still fits in
-- a signed 64-bit integer) and masked with & 4294967295. PostgreSQL 15 has no 0x... literals,
-- so the constants are written in decimal (hex value in the comment next to each).
--
-- Careful: in PostgreSQL the bitwise operators #, &, |, <<, >> all have the SAME precedence
-- and associate left to right, so every mixed expression below is fully parenthesised
-- (y # y >> 11 would mean (y # y) >> 11 = 0).
--
-- Locking (spec_v1_next): the per-stratum lock is the row lock taken by
-- SELECT ... FOR UPDATE on trialdesk.stream_state(lineage, stratum_index). On first use the row
-- is created with INSERT ... ON CONFLICT DO NOTHING and then locked the same way, so two
-- transactions racing to create a stratum's stream serialise on the primary key and never
-- create it twice. No advisory locks are used.

CREATE SCHEMA IF NOT EXISTS trialdesk;

-- ---------------------------------------------------------------------------------------------
-- Persistent per-stratum stream state.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS trialdesk.stream_state (
    lineage        integer     NOT NULL,
    stratum_index  integer     NOT NULL CHECK (stratum_index >= 0),
    -- sha256 of the canonical (seed, arm codes, arm weights, multiples): a call with other
    -- parameters for the same (lineage, stratum) is refused instead of silently continuing a
    -- stream that belongs to another design.
    params_digest  bytea       NOT NULL,
    -- mt19937 state: 624 words, each in [0, 2^32), and the index of the next word to temper
    -- (624 = twist before the next draw, as right after seeding).
    mt             bigint[]    NOT NULL CHECK (cardinality(mt) = 624 AND array_ndims(mt) = 1),
    mt_index       integer     NOT NULL CHECK (mt_index BETWEEN 0 AND 624),
    -- the current block, already shuffled (arm codes); '{}' before the first block
    block          text[]      NOT NULL,
    -- number of the current block (1-based; 0 before the first block)
    block_number   bigint      NOT NULL CHECK (block_number >= 0),
    -- entries of the current block already handed out (positions 1..handed_out)
    handed_out     integer     NOT NULL,
    -- sequence of the last entry handed out in this stratum (0 = none yet)
    last_sequence  bigint      NOT NULL CHECK (last_sequence >= 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stream_state_pkey PRIMARY KEY (lineage, stratum_index),
    CONSTRAINT stream_state_handed_out_check
        CHECK (handed_out >= 0 AND handed_out <= coalesce(cardinality(block), 0))
);

COMMENT ON TABLE trialdesk.stream_state IS
    'spec v1 allocation streams, one row per (lineage, stratum_index). CONFIDENTIAL: the '
    'generator state and the current block reveal every future allocation of the stratum.';

-- Nobody but the owner (and roles it grants to explicitly) may read the state.
REVOKE ALL ON TABLE trialdesk.stream_state FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Input checks.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_check(
    seed_hex text, arm_codes text[], arm_weights integer[], multiples integer[], stratum integer)
RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
-- Plain loops rather than EXISTS (SELECT ... unnest(...)): each of those is a separate SQL
-- query from PL/pgSQL and this check runs on every spec_v1_next call.
DECLARE
    c    text;
    v    integer;
    r    bigint := 0;
    maxm bigint := 0;
BEGIN
    IF seed_hex IS NULL OR seed_hex !~ '^[0-9A-Fa-f]{64}$' THEN
        RAISE EXCEPTION 'spec v1: the seed must be 64 hexadecimal digits'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF stratum IS NULL OR stratum < 0 THEN
        RAISE EXCEPTION 'spec v1: the stratum index must be a non-negative integer'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF arm_codes IS NULL OR arm_weights IS NULL
       OR coalesce(cardinality(arm_codes), 0) = 0
       OR array_ndims(arm_codes) <> 1 OR array_ndims(arm_weights) <> 1
       OR cardinality(arm_codes) <> cardinality(arm_weights) THEN
        RAISE EXCEPTION 'spec v1: arm codes and arm weights must be non-empty one-dimensional arrays of the same length'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH c IN ARRAY arm_codes LOOP
        IF c IS NULL OR c = '' THEN
            RAISE EXCEPTION 'spec v1: arm codes must not be null or empty'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    FOREACH v IN ARRAY arm_weights LOOP
        IF v IS NULL OR v < 1 THEN
            RAISE EXCEPTION 'spec v1: arm weights must be positive integers'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        r := r + v;
    END LOOP;
    IF multiples IS NULL OR coalesce(cardinality(multiples), 0) = 0 OR array_ndims(multiples) <> 1 THEN
        RAISE EXCEPTION 'spec v1: block multiples must be a non-empty list of positive integers'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH v IN ARRAY multiples LOOP
        IF v IS NULL OR v < 1 THEN
            RAISE EXCEPTION 'spec v1: block multiples must be a non-empty list of positive integers'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        maxm := greatest(maxm, v);
    END LOOP;
    -- Largest block = max(multiples) * R. Guard (not part of the spec) against absurd blocks
    -- that would make one call run for minutes.
    IF maxm * r > 1000000 THEN
        RAISE EXCEPTION 'spec v1: block size % is too large (limit 1000000)', maxm * r
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- sha256 of the design parameters that define a stream lineage (spec section 5), canonical JSON.
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_params_digest(
    seed_hex text, arm_codes text[], arm_weights integer[], multiples integer[])
RETURNS bytea
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
    SELECT sha256(convert_to(
        jsonb_build_array('spec-v1', lower(seed_hex), to_jsonb(arm_codes),
                          to_jsonb(arm_weights), to_jsonb(multiples))::text, 'UTF8'))
$$;

-- The nine seed_seq input words: w0..w7 from the seed (8 hex digits each, big-endian), then s.
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_seed_words(seed_hex text, stratum integer)
RETURNS bigint[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    w bigint[] := '{}';
    i integer;
BEGIN
    IF seed_hex !~ '^[0-9A-Fa-f]{64}$' OR stratum < 0 THEN
        RAISE EXCEPTION 'spec v1: bad seed or stratum' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR i IN 0 .. 7 LOOP
        -- 16 hex digits -> bit(64) -> bigint: unsigned value of the 8 digits (no sign extension)
        w := w || ('x' || lpad(substr(seed_hex, 8 * i + 1, 8), 16, '0'))::bit(64)::bigint;
    END LOOP;
    RETURN w || stratum::bigint;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- std::seed_seq::generate for 624 words, then the mt19937 "never all zero" rule
-- ([rand.util.seedseq], [rand.eng.mers]). Input: 32-bit words (each in [0, 2^32)).
-- Output: the 624-word mt19937 state (index 624: twist before the first draw).
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION trialdesk.mt19937_seed_state(words bigint[])
RETURNS bigint[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    n  constant integer := 624;
    t  constant integer := 11;                 -- n >= 623
    p  constant integer := (624 - 11) / 2;     -- 306
    q  constant integer := (624 - 11) / 2 + 11; -- 317
    mask constant bigint := 4294967295;        -- 0xFFFFFFFF
    w  bigint[];
    s  integer;
    m  integer;
    b  bigint[];
    k  integer;
    ik integer; ip integer; iq integer; im integer;
    x  bigint; r1 bigint; r2 bigint; r3 bigint; r4 bigint;
BEGIN
    IF array_ndims(words) IS DISTINCT FROM 1 AND cardinality(words) <> 0 THEN
        RAISE EXCEPTION 'seed_seq: words must be a one-dimensional array';
    END IF;
    w := coalesce(words[array_lower(words, 1):array_upper(words, 1)], '{}');  -- 1-based copy
    IF array_position(w, NULL) IS NOT NULL
       OR EXISTS (SELECT 1 FROM unnest(w) AS u(v) WHERE u.v < 0 OR u.v > mask) THEN
        RAISE EXCEPTION 'seed_seq: every word must be in [0, 2^32)';
    END IF;
    s := cardinality(w);
    m := greatest(s + 1, n);
    b := array_fill(2341178251::bigint, ARRAY[n]);  -- 0x8B8B8B8B
    -- arrays are 1-based: element k (0-based) is b[k + 1]
    FOR k IN 0 .. m - 1 LOOP
        ik := k % n;
        ip := (k + p) % n;
        iq := (k + q) % n;
        im := (k - 1 + n) % n;                   -- (k - 1) mod n, never negative
        x  := b[ik + 1] # b[ip + 1] # b[im + 1];
        r1 := (1664525 * (x # (x >> 27))) & mask;
        IF k = 0 THEN
            r2 := r1 + s;
        ELSIF k <= s THEN
            r2 := r1 + ik + w[k];                -- words[k - 1] (0-based)
        ELSE
            r2 := r1 + ik;
        END IF;
        r2 := r2 & mask;
        b[ip + 1] := (b[ip + 1] + r1) & mask;
        b[iq + 1] := (b[iq + 1] + r2) & mask;
        b[ik + 1] := r2;
    END LOOP;
    FOR k IN m .. m + n - 1 LOOP
        ik := k % n;
        ip := (k + p) % n;
        iq := (k + q) % n;
        im := (k - 1 + n) % n;
        x  := (b[ik + 1] + b[ip + 1] + b[im + 1]) & mask;
        r3 := (1566083941 * (x # (x >> 27))) & mask;
        r4 := (r3 - ik) & mask;                  -- & on a negative bigint = mod 2^32
        b[ip + 1] := b[ip + 1] # r3;
        b[iq + 1] := b[iq + 1] # r4;
        b[ik + 1] := r4;
    END LOOP;
    -- mt19937::seed(seed_seq&): if the top bit of x[0] and all of x[1..623] are zero,
    -- x[0] becomes 0x80000000 (the state must never be all zero).
    IF (b[1] & 2147483648) = 0
       AND NOT EXISTS (SELECT 1 FROM unnest(b[2:n]) AS u(v) WHERE u.v <> 0) THEN
        b[1] := 2147483648;                      -- 0x80000000
    END IF;
    RETURN b;
END
$$;

-- The state of stratum s's generator right after seeding (spec section 2).
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_initial_state(seed_hex text, stratum integer)
RETURNS bigint[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
    SELECT trialdesk.mt19937_seed_state(trialdesk.spec_v1_seed_words(seed_hex, stratum))
$$;

-- ---------------------------------------------------------------------------------------------
-- mt19937: twist (regenerate all 624 words) and temper (word -> output).
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION trialdesk.mt19937_twist(mt bigint[])
RETURNS bigint[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    i integer;
    y bigint;
    v bigint;
BEGIN
    IF cardinality(mt) <> 624 OR array_lower(mt, 1) <> 1 THEN
        RAISE EXCEPTION 'mt19937: the state must be 624 words, indexed from 1';
    END IF;
    -- 0-based: for i in 0..623: y = upper bit of x[i] | lower 31 bits of x[i+1];
    --          x[i] = x[i+397] ^ (y >> 1) ^ (y odd ? 0x9908B0DF : 0)
    FOR i IN 1 .. 624 LOOP
        y := (mt[i] & 2147483648) | (mt[i % 624 + 1] & 2147483647);  -- 0x80000000, 0x7FFFFFFF
        v := mt[(i + 396) % 624 + 1] # (y >> 1);
        IF (y & 1) = 1 THEN
            v := v # 2567483615;                                      -- 0x9908B0DF
        END IF;
        mt[i] := v;
    END LOOP;
    RETURN mt;
END
$$;

CREATE OR REPLACE FUNCTION trialdesk.mt19937_temper(y bigint)
RETURNS bigint
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
BEGIN
    y := y # (y >> 11);
    y := y # ((y << 7) & 2636928640);    -- 0x9D2C5680
    y := y # ((y << 15) & 4022730752);   -- 0xEFC60000
    y := y # (y >> 18);
    RETURN y;
END
$$;

-- Next 32-bit output: (state, index) -> (state, index, u).
CREATE OR REPLACE FUNCTION trialdesk.mt19937_next(INOUT mt bigint[], INOUT mt_index integer, OUT u bigint)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
BEGIN
    IF mt_index < 0 OR mt_index > 624 THEN
        RAISE EXCEPTION 'mt19937: index % out of range', mt_index;
    END IF;
    IF mt_index >= 624 THEN
        mt := trialdesk.mt19937_twist(mt);
        mt_index := 0;
    END IF;
    u := trialdesk.mt19937_temper(mt[mt_index + 1]);
    mt_index := mt_index + 1;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- below(n), spec section 3: limit = floor(2^32 / n) * n; draw u until u < limit; u mod n.
-- Every attempt consumes one output, also when n = 1. 1 <= n <= 2^32.
-- (The draw is written out here rather than calling mt19937_next, to save a call per draw;
--  it is the same three steps.)
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION trialdesk.below(INOUT mt bigint[], INOUT mt_index integer, n bigint, OUT r bigint)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    lim bigint;
    u   bigint;
BEGIN
    IF n < 1 OR n > 4294967296 THEN
        RAISE EXCEPTION 'below: n = % out of range [1, 2^32]', n;
    END IF;
    IF mt_index < 0 OR mt_index > 624 THEN
        RAISE EXCEPTION 'mt19937: index % out of range', mt_index;
    END IF;
    lim := (4294967296 / n) * n;          -- bigint division truncates = floor for positives
    LOOP
        IF mt_index >= 624 THEN
            mt := trialdesk.mt19937_twist(mt);
            mt_index := 0;
        END IF;
        u := trialdesk.mt19937_temper(mt[mt_index + 1]);
        mt_index := mt_index + 1;
        EXIT WHEN u < lim;
    END LOOP;
    r := u % n;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- One block, spec section 4: pick the multiple, lay out, Fisher-Yates from the end.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_block(
    INOUT mt bigint[], INOUT mt_index integer,
    arm_codes text[], arm_weights integer[], multiples integer[],
    OUT block text[])
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    codes   text[]    := arm_codes[array_lower(arm_codes, 1):array_upper(arm_codes, 1)];
    weights integer[] := arm_weights[array_lower(arm_weights, 1):array_upper(arm_weights, 1)];
    mults   integer[] := multiples[array_lower(multiples, 1):array_upper(multiples, 1)];
    r   bigint;
    m   integer;
    a   integer;
    i   integer;
    j   integer;
    tmp text;
    blk text[] := '{}';
BEGIN
    -- 1. m = multiples[below(len(multiples))], drawn even with a single multiple
    SELECT b.mt, b.mt_index, b.r INTO mt, mt_index, r
      FROM trialdesk.below(mt, mt_index, cardinality(mults)) AS b;
    m := mults[r + 1];
    -- 2. for each arm in declared order, m * weight copies of its code
    FOR a IN 1 .. cardinality(codes) LOOP
        blk := blk || array_fill(codes[a], ARRAY[m * weights[a]]);
    END LOOP;
    -- 3. Fisher-Yates from the end: for i = size-1 down to 1 (0-based), j = below(i + 1), swap
    FOR i IN REVERSE cardinality(blk) - 1 .. 1 LOOP
        SELECT b.mt, b.mt_index, b.r INTO mt, mt_index, r
          FROM trialdesk.below(mt, mt_index, i + 1) AS b;
        j := r;
        tmp := blk[i + 1];
        blk[i + 1] := blk[j + 1];
        blk[j + 1] := tmp;
    END LOOP;
    block := blk;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Pure: the first `blocks` blocks of a stratum's list (tests, verification, export).
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_entries(
    seed_hex text, arm_codes text[], arm_weights integer[], multiples integer[],
    stratum integer, blocks integer)
RETURNS TABLE (sequence bigint, block_number bigint, block_size integer,
               position_in_block integer, arm text)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    v_mt    bigint[];
    v_idx   integer := 624;
    v_block text[];
    v_seq   bigint := 0;
    v_b     integer;
    v_p     integer;
BEGIN
    PERFORM trialdesk.spec_v1_check(seed_hex, arm_codes, arm_weights, multiples, stratum);
    v_mt := trialdesk.spec_v1_initial_state(seed_hex, stratum);
    FOR v_b IN 1 .. blocks LOOP
        SELECT x.mt, x.mt_index, x.block INTO v_mt, v_idx, v_block
          FROM trialdesk.spec_v1_block(v_mt, v_idx, arm_codes, arm_weights, multiples) AS x;
        FOR v_p IN 1 .. cardinality(v_block) LOOP
            v_seq := v_seq + 1;
            sequence := v_seq;
            block_number := v_b;
            block_size := cardinality(v_block);
            position_in_block := v_p;
            arm := v_block[v_p];
            RETURN NEXT;
        END LOOP;
    END LOOP;
END
$$;

-- Raw generator outputs of a stratum's stream (tests: compare with std::mt19937 / Python).
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_outputs(seed_hex text, stratum integer, count integer)
RETURNS SETOF bigint
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    v_mt  bigint[] := trialdesk.spec_v1_initial_state(seed_hex, stratum);
    v_idx integer := 624;
    v_u   bigint;
    i     integer;
BEGIN
    FOR i IN 1 .. count LOOP
        SELECT x.mt, x.mt_index, x.u INTO v_mt, v_idx, v_u FROM trialdesk.mt19937_next(v_mt, v_idx) AS x;
        RETURN NEXT v_u;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Lazy, resumable stream: the next entry of (lineage, stratum).
--
-- Locking: SELECT ... FOR UPDATE on the stream_state row (created first, if missing, by
-- INSERT ... ON CONFLICT DO NOTHING). The lock is held to the end of the caller's transaction,
-- so concurrent callers for the same (lineage, stratum) queue up and each gets the next entry;
-- other strata are not blocked. Call it in the same transaction that records the allocation:
-- if that transaction rolls back, the entry is not consumed (no gap, no reuse).
-- Under READ COMMITTED (the default) waiting callers simply proceed with the updated row; under
-- REPEATABLE READ or SERIALIZABLE a caller that waited gets a serialization failure (SQLSTATE
-- 40001) and must retry its transaction.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION trialdesk.spec_v1_next(
    lineage integer, stratum integer, seed_hex text,
    arm_codes text[], arm_weights integer[], multiples integer[],
    OUT sequence bigint, OUT block_number bigint, OUT block_size integer,
    OUT position_in_block integer, OUT arm text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, trialdesk
AS $$
DECLARE
    v_digest bytea;
    v_st     trialdesk.stream_state;
    v_mt     bigint[];
    v_idx    integer;
    v_block  text[];
    v_bn     bigint;
    v_pos    integer;
    v_seq    bigint;
BEGIN
    IF spec_v1_next.lineage IS NULL THEN
        RAISE EXCEPTION 'spec v1: lineage must not be null' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM trialdesk.spec_v1_check(seed_hex, arm_codes, arm_weights, multiples, stratum);
    v_digest := trialdesk.spec_v1_params_digest(seed_hex, arm_codes, arm_weights, multiples);

    SELECT s.* INTO v_st
      FROM trialdesk.stream_state AS s
     WHERE s.lineage = spec_v1_next.lineage AND s.stratum_index = spec_v1_next.stratum
       FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO trialdesk.stream_state AS s
               (lineage, stratum_index, params_digest, mt, mt_index, block, block_number,
                handed_out, last_sequence)
        VALUES (spec_v1_next.lineage, spec_v1_next.stratum, v_digest,
                trialdesk.spec_v1_initial_state(seed_hex, stratum), 624, '{}', 0, 0, 0)
        ON CONFLICT ON CONSTRAINT stream_state_pkey DO NOTHING;
        SELECT s.* INTO v_st
          FROM trialdesk.stream_state AS s
         WHERE s.lineage = spec_v1_next.lineage AND s.stratum_index = spec_v1_next.stratum
           FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'spec v1: could not create the stream of lineage %, stratum %',
                spec_v1_next.lineage, stratum;
        END IF;
    END IF;

    IF v_st.params_digest <> v_digest THEN
        RAISE EXCEPTION 'spec v1: lineage %, stratum % was started with another seed, arms or multiples',
                spec_v1_next.lineage, stratum
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    IF v_st.handed_out >= coalesce(cardinality(v_st.block), 0) THEN
        -- current block used up (or none yet): draw the next one, hand out its first entry
        SELECT x.mt, x.mt_index, x.block INTO v_mt, v_idx, v_block
          FROM trialdesk.spec_v1_block(v_st.mt, v_st.mt_index, arm_codes, arm_weights, multiples) AS x;
        v_bn  := v_st.block_number + 1;
        v_pos := 1;
        v_seq := v_st.last_sequence + 1;
        UPDATE trialdesk.stream_state AS s
           SET mt = v_mt, mt_index = v_idx, block = v_block, block_number = v_bn,
               handed_out = v_pos, last_sequence = v_seq, updated_at = now()
         WHERE s.lineage = spec_v1_next.lineage AND s.stratum_index = spec_v1_next.stratum;
    ELSE
        -- same block: only the counters change (the large mt column is not rewritten)
        v_block := v_st.block;
        v_bn  := v_st.block_number;
        v_pos := v_st.handed_out + 1;
        v_seq := v_st.last_sequence + 1;
        UPDATE trialdesk.stream_state AS s
           SET handed_out = v_pos, last_sequence = v_seq, updated_at = now()
         WHERE s.lineage = spec_v1_next.lineage AND s.stratum_index = spec_v1_next.stratum;
    END IF;

    sequence := v_seq;
    block_number := v_bn;
    block_size := cardinality(v_block);
    position_in_block := v_pos;
    arm := v_block[v_pos];
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Nobody but the owner may use any of this: the schema, its table and its functions (functions
-- are executable by PUBLIC by default). The server's randomization function, which runs as the
-- owner, is the only way in for the trial's login roles.
-- ---------------------------------------------------------------------------------------------
REVOKE ALL ON SCHEMA trialdesk FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA trialdesk FROM PUBLIC;
