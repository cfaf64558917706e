"""Processes for the end-to-end tests: a real ``prefect server start`` and what runs against it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

PREFECT = Path(sys.executable).with_name("prefect")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Stack:
    """Processes started by the test (each in its own session), their logs, the server's API."""

    def __init__(self, root: Path, server_env: dict[str, str] | None = None) -> None:
        self.root, self.raw, self.processed = root, root / "raw", root / "processed"
        self.raw.mkdir()
        self.logs = root / "logs"
        self.logs.mkdir()
        port = free_port()
        self.api = f"http://127.0.0.1:{port}/api"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        self.env.update(
            PREFECT_HOME=str(root / "prefect-home"),
            PREFECT_API_URL=self.api,
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_UI_ENABLED="false",
            PREFECT_RUNNER_POLL_FREQUENCY="2",  # the serving process looks for runs every 2 s, not 10
        )
        self.processes: list[subprocess.Popen[bytes]] = []
        self.start(
            "server",
            str(PREFECT),
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            env=server_env,
        )

    def start(self, name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        with (self.logs / f"{name}.log").open("wb") as log:
            process = subprocess.Popen(
                args,
                cwd=self.root,
                env={**self.env, **(env or {})},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process

    def run(self, *args: str, cwd: Path | None = None) -> str:
        done = subprocess.run(
            args, check=False, cwd=cwd or self.root, env=self.env, capture_output=True, text=True, timeout=180
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def wait_for(self, what: str, check: Callable[[], Any], timeout: float = 120) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process in self.processes:
                assert process.poll() is None, f"{process.args!r} exited while waiting for {what}"
            try:
                result = check()
            except httpx.HTTPError:
                result = None
            if result:
                return result
            time.sleep(0.5)
        raise AssertionError(f"timed out after {timeout} s waiting for {what}")

    def get(self, path: str) -> Any:
        response = httpx.get(f"{self.api}{path}", timeout=10)
        return response.json() if response.status_code == 200 else None

    def completed_runs(self, deployment_id: str) -> list[dict[str, Any]]:
        """The deployment's completed runs; a failed or crashed run fails the test at once."""
        body = {"flow_runs": {"deployment_id": {"any_": [deployment_id]}}}
        runs = httpx.post(f"{self.api}/flow_runs/filter", json=body, timeout=10).json()
        broken = [run["state"] for run in runs if run["state"]["type"] in {"FAILED", "CRASHED"}]
        assert not broken, broken
        return [run for run in runs if run["state"]["type"] == "COMPLETED"]

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        for log in sorted(self.logs.iterdir()):  # pytest shows this only for a failed test
            print(f"---- {log.name}\n{log.read_text(errors='replace')[-3000:]}")
