"""The services of an open file are made on first use, once, whichever thread asks first."""

from __future__ import annotations

import sys
import threading

from desktop.services.container import Services, build_services


def test_a_service_is_made_once_and_only_when_asked(db, clock):
    services = build_services(db, clock)
    assert services._made == {}  # noqa: SLF001 - nothing is made by opening
    members = services.members
    assert services.members is members
    assert list(services._made) == ["members"]  # noqa: SLF001


def test_threads_asking_at_once_get_the_same_service(db, clock):
    services = Services(db, clock=clock)
    seen: list[object] = []
    start = threading.Barrier(8)

    def ask() -> None:
        start.wait()
        seen.append(services.reviews)  # reads the year's rating rules while being made

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(s is seen[0] for s in seen)


def test_restore_shares_the_files_backup_service(db, clock):
    services = Services(db, clock=clock)
    assert services.restore._backups is services.backups  # noqa: SLF001


def test_preload_makes_every_service(db, clock):
    services = Services(db, clock=clock)
    services.preload()
    assert sorted(services._made) == sorted(Services.names())  # noqa: SLF001
    assert "desktop.services.documents" in sys.modules
    assert len(Services.names()) == 34  # year_locks, first_steps, encryption and tasks added


def test_every_service_reads_the_one_clock_of_the_file(db, clock):
    services = Services(db, clock=clock)
    services.preload()
    clocked = {name: made._clock for name, made in services._made.items()  # noqa: SLF001
               if hasattr(made, "_clock")}
    assert {"backups", "restore", "evaluation", "members", "meetings", "documents", "keys",
            "data_check", "rulebooks", "reviews", "discipline", "manual_scores", "records",
            "candidates", "probation", "transfers", "badges", "due", "lifecycle_documents",
            "dues"} <= set(clocked)
    assert all(c is clock for c in clocked.values())
