"""The README's main command and sample question, as a new user runs them, and the corpus ingest."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from schemas.export import SCHEMA_PATH
from tests.conftest import CORPUS, ROOT, SUCHI

SAMPLES = sorted(p for p in (ROOT / "raw").iterdir() if p.suffix in {".txt", ".pdf"})


def readme_query() -> str:
    """The sample question exactly as the README prints it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r'suchi query "([^"]+)"', readme)
    assert found, "the README shows no `suchi query` example"
    return found.group(1)


def valid_documents(processed: Path) -> list[dict[str, object]]:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    documents = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in processed.glob("*.json")
        if not p.name.startswith("_")
    ]
    for document in documents:
        jsonschema.validate(document, schema)
    return documents


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_main_command_on_bundled_samples_then_the_readme_question(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    shutil.copytree(ROOT / "raw", tmp_path / "raw")
    first = subprocess.run(
        [SUCHI, "ingest"], cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=300, check=False
    )
    assert first.returncode == 0, first.stderr[-3000:]
    processed = tmp_path / "processed"
    documents = valid_documents(processed)
    assert sorted(Path(d["document"]["source"]).name for d in documents) == [p.name for p in SAMPLES]  # type: ignore[index,arg-type]
    assert all(d["facts"] for d in documents)
    assert (processed / "facts.parquet").is_dir()  # a Parquet dataset, one file per document
    before = snapshot(processed)

    again = subprocess.run(
        [SUCHI, "ingest"], cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=300, check=False
    )
    assert again.returncode == 0, again.stderr[-3000:]
    assert snapshot(processed) == before

    answer = subprocess.run(
        [SUCHI, "query", readme_query(), "--csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert answer.returncode == 0, answer.stderr
    header, *rows = answer.stdout.splitlines()
    assert header == "subject,period,usd"
    assert rows and all(row.split(",")[2] for row in rows)


@pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the shared corpus is not beside this clone (../shared/corpus)"
)
def test_ingest_of_the_corpus_gives_ten_valid_documents(tmp_path: Path, cli_env: dict[str, str]) -> None:
    paths = [str(CORPUS / "txt"), str(CORPUS / "pdf")]
    result = subprocess.run(
        [SUCHI, "ingest", *paths],
        cwd=tmp_path,
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    documents = valid_documents(tmp_path / "processed")
    assert len(documents) == 10
    assert sum(len(d["facts"]) for d in documents) > 1000  # type: ignore[arg-type]


def test_readme_automation_reacts_to_a_failed_ingest_run() -> None:
    """The README's automation is one Prefect accepts, and it watches this flow's Failed runs."""
    import yaml
    from prefect.events.schemas.automations import AutomationCore

    from flows.ingest import ingest

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```yaml\n(# suchi-failed\.yaml.*?)```", readme, re.DOTALL)
    assert found, "the README shows no automation"
    (automation,) = yaml.safe_load(found.group(1))["automations"]
    AutomationCore.model_validate(automation)  # raises if Prefect would refuse it
    trigger = automation["trigger"]
    assert trigger["expect"] == ["prefect.flow-run.Failed"]
    assert trigger["match_related"] == {"prefect.resource.role": "flow", "prefect.resource.name": ingest.name}
