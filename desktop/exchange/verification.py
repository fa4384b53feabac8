"""The verifier's answer about one package: its problems, its ETSI-style indication, and what
it says (branch, year, number, verdict) once it could be read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.exchange.problems import INTERNAL_ERROR, Problem, indication_of


@dataclass(frozen=True)
class Verification:
    file: str
    problems: tuple[Problem, ...]
    fingerprint: str | None = None
    manifest: dict[str, Any] | None = None
    evaluation: dict[str, Any] | None = None
    reports: tuple[str, ...] = ()
    trusted: bool = False
    # SHA-256 of the whole file, when the caller worked it out (e.g. to tell a file already
    # received). The verification itself never needs it: the signed per-entry hashes prove
    # every content byte and the canonical check every other byte.
    sha256: str | None = None

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return () if self.trusted or self.problems else (Problem("untrusted"),)

    @property
    def branch_code(self) -> str | None:
        return self.manifest.get("branch", {}).get("code") if self.manifest else None

    @property
    def year(self) -> int | None:
        return self.manifest.get("year") if self.manifest else None

    @property
    def seq(self) -> int | None:
        return self.manifest.get("sequence") if self.manifest else None

    @property
    def four_good(self) -> bool | None:
        return self.evaluation.get("four_good") if self.evaluation else None

    @property
    def model_name(self) -> str | None:
        """The model the evaluation is a verdict of ("Chi bộ 4 tốt", "Chi bộ 5 tốt" …)."""
        if not self.evaluation:
            return None
        return self.evaluation.get("model_name") or self.evaluation.get("verdict", {}).get("name")

    @property
    def indication(self) -> str:
        """ETSI-style: "passed", "failed" or "indeterminate" (problems.py)."""
        return indication_of(self.problems)[0]

    @property
    def reason(self) -> str | None:
        """The code of the problem that decides the indication; None when passed."""
        return indication_of(self.problems)[1]

    @property
    def internal_error(self) -> bool:
        return any(p.code == INTERNAL_ERROR for p in self.problems)

    def as_json(self, lang: str = "vi") -> dict[str, Any]:
        """The contract of `chibo verify --json`: file, valid, indication, reason, problems,
        branch, year, seq, four_good (and the rest below)."""
        return {
            "file": self.file,
            "valid": self.valid,
            "indication": self.indication,
            "reason": self.reason,
            "problems": [p.as_dict(lang) for p in self.problems],
            "warnings": [p.as_dict(lang) for p in self.warnings],
            "branch": self.branch_code,
            "branch_name": self.manifest.get("branch", {}).get("name") if self.manifest else None,
            "year": self.year,
            "seq": self.seq,
            "four_good": self.four_good,
            "model_name": self.model_name,
            "fingerprint": self.fingerprint,
            "trusted": self.trusted,
            "sha256": self.sha256,
        }
