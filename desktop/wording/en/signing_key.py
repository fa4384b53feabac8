"""The branch's signing key: its passphrase (desktop/exchange/keys.py, desktop/services/keys.py)."""

MESSAGES = {
    "weak_passphrase": "The passphrase protecting the key must have at least {length} characters, or "
                       "at least {words} words (a sentence that is easy to remember, for example).",
}
