"""The branch's signing key: its passphrase (desktop/exchange/keys.py, desktop/services/keys.py)."""

MESSAGES = {
    "weak_passphrase": "The passphrase protecting the key must have at least {length} characters, or "
                       "at least {words} words (a sentence that is easy to remember, for example).",
    "wrong_passphrase": "Wrong passphrase: the signing key cannot be unlocked.",
    "not_ed25519": "The key file does not hold an Ed25519 key.",
    "bad_public_key": "The public key file cannot be read (it is not PEM).",
    "public_not_ed25519": "The public key is not an Ed25519 key.",
}
