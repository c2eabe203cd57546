"""SCRAM-SHA-256 password verifiers, computed on the admin's machine.

``CREATE ROLE ... PASSWORD 'SCRAM-SHA-256$...'`` stores the verifier as given, so the
plain password never travels to the server nor lands in its statement log; PostgreSQL only
ever holds what RFC 5802/7677 call StoredKey and ServerKey, from which the password cannot be
read back. The format is PostgreSQL's (``src/common/scram-common.c``):
``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>``, each part in base64.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata

__all__ = ["ITERATIONS", "new_password", "scram_verifier"]

ITERATIONS = 4096  # PostgreSQL's default scram_iterations
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud in class


def new_password(length: int = 10) -> str:
    """A random password easy to copy from a printed class list."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password``."""
    # SASLprep, as far as PostgreSQL applies it: NFKC for valid UTF-8 passwords.
    prepared = unicodedata.normalize("NFKC", password).encode("utf-8")
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", prepared, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"
