"""Write the Document JSON Schema next to the models: ``python -m schemas.export``."""

from __future__ import annotations

import json
from pathlib import Path

from schemas.models import Document

SCHEMA_PATH = Path(__file__).with_name("document.schema.json")


def document_schema_json() -> str:
    """The JSON Schema of a Document, as committed in schemas/document.schema.json."""
    return json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(document_schema_json(), encoding="utf-8")
    print(SCHEMA_PATH)
