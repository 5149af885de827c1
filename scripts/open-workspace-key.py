#!/usr/bin/python3
"""Recover a TrialDesk database key from one key slot file, without TrialDesk.

Usage: open-workspace-key.py SLOT_FILE

SLOT_FILE is <workspace>/keys/user-<name>.slot (opened with that user's password) or
<workspace>/keys/recovery.slot (opened with the recovery code). The secret is read from the first
line of standard input (or asked for without echo on a terminal), never from the command line.

On success the 32-byte database key is printed on standard output as 64 hexadecimal digits.
THAT OUTPUT IS THE DATABASE KEY, A SECRET: do not store it in a file, a shell history or a log; pipe it
straight into the sqlcipher shell (see docs/key-slots.md) and clear the terminal afterwards.

Exit codes: 0 key printed, 1 wrong secret or damaged/unsupported slot, 2 usage error.
The slot format is described in docs/key-slots.md. Needs Debian's python3-nacl (PyNaCl).
"""

import getpass
import hashlib
import json
import sys
import unicodedata

import nacl.bindings
import nacl.exceptions
import nacl.pwhash

FORMAT = "trialdesk-key-slot"
VERSION = 1
MIN_OPS_LIMIT = 3
MIN_MEM_LIMIT = 64 * 1024 * 1024
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
CODE_SYMBOLS = 28
KEY_ID_MESSAGE = b"trialdesk key id v1"


class SlotError(Exception):
    pass


def normalize_recovery_code(typed: str) -> bytes:
    """Upper case; drop spaces and dashes; O -> 0, I and L -> 1; must leave 28 alphabet symbols."""
    symbols = []
    for ch in typed:
        if ch.isspace() or unicodedata.category(ch) == "Pd":
            continue
        ch = ch.upper()
        ch = {"O": "0", "I": "1", "L": "1"}.get(ch, ch)
        if ch not in ALPHABET:
            raise SlotError("the recovery code contains a character that is not one of its letters or digits")
        symbols.append(ch)
    if len(symbols) != CODE_SYMBOLS:
        raise SlotError(f"a recovery code has {CODE_SYMBOLS} letters and digits, not {len(symbols)}")
    return "".join(symbols).encode("ascii")


def additional_data(slot: dict) -> bytes:
    """The header lines bound to the ciphertext (docs/key-slots.md, "Additional data")."""
    fields = [
        ("format", slot["format"]),
        ("version", slot["version"]),
        ("kind", slot["kind"]),
        ("user", slot["user"]),
        ("created", slot["created"]),
        ("key-id", slot["keyId"]),
        ("kdf", slot["kdf"]["algorithm"]),
        ("ops-limit", slot["kdf"]["opsLimit"]),
        ("mem-limit", slot["kdf"]["memLimit"]),
        ("salt", slot["kdf"]["salt"]),
        ("aead", slot["aead"]["algorithm"]),
    ]
    return "".join(f"{name}={value}\n" for name, value in fields).encode("utf-8")


def open_slot(slot: dict, secret: bytes) -> bytes:
    if slot.get("format") != FORMAT:
        raise SlotError("not a TrialDesk key slot")
    if slot.get("version") != VERSION:
        raise SlotError(f"slot format version {slot.get('version')} is not supported (this script reads {VERSION})")
    kdf, aead = slot["kdf"], slot["aead"]
    if kdf["algorithm"] != "argon2id13" or aead["algorithm"] != "xchacha20poly1305-ietf":
        raise SlotError("unknown algorithms")
    ops, mem = kdf["opsLimit"], kdf["memLimit"]
    if ops < MIN_OPS_LIMIT or mem < MIN_MEM_LIMIT:
        raise SlotError("the Argon2id parameters are below the minimum (3 passes, 64 MiB): refusing a forged slot")
    aad = additional_data(slot)
    salt = bytes.fromhex(kdf["salt"])
    nonce = bytes.fromhex(aead["nonce"])
    ciphertext = bytes.fromhex(aead["ciphertext"])
    if hashlib.blake2b(aad + nonce + ciphertext, digest_size=32).hexdigest() != slot["checksum"]:
        raise SlotError("the checksum does not match: the file is damaged")
    if slot["kind"] == "recovery":
        secret = normalize_recovery_code(secret.decode("utf-8"))
    wrapping_key = nacl.pwhash.argon2id.kdf(32, secret, salt, opslimit=ops, memlimit=mem)
    try:
        key = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, aad, nonce, wrapping_key)
    except nacl.exceptions.CryptoError:
        raise SlotError("wrong password or recovery code") from None
    if hashlib.blake2b(KEY_ID_MESSAGE, digest_size=32, key=key).hexdigest() != slot["keyId"]:
        raise SlotError("the key does not match the slot's key identifier")
    return key


def read_secret() -> bytes:
    if sys.stdin.isatty():
        return getpass.getpass("Password or recovery code: ").encode("utf-8")
    line = sys.stdin.buffer.readline()
    return line.rstrip(b"\r\n")


def main(argv: list) -> int:
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(argv[1], "rb") as file:
            slot = json.loads(file.read().decode("utf-8"))
        print(open_slot(slot, read_secret()).hex())
        return 0
    except (OSError, ValueError, KeyError, TypeError, SlotError) as error:
        print(f"open-workspace-key: {argv[1]}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
