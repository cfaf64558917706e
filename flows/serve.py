"""``suchi serve``: the ingest deployment, run when a publication arrives.

Serves the ``ingest`` flow as the deployment ``ingest/suchi-ingest`` with
an event trigger: every ``suchi.publication.arrived`` event (emitted by
``suchi watch``, or by anyone with ``prefect event emit``) starts a flow run
on the event's ``payload.path``.  The same deployment runs by hand with
``prefect deployment run 'ingest/suchi-ingest'`` (then: everything new or
changed in raw/).

Events and triggers need a real Prefect server (``prefect server start``)
and ``PREFECT_API_URL`` pointing at it; the serving process polls the
server for scheduled runs every few seconds and runs each in a subprocess.
"""

from __future__ import annotations

from prefect.events import DeploymentEventTrigger
from prefect.types.entrypoint import EntrypointType

from flows.ingest import ingest
from flows.settings import Settings

DEPLOYMENT = "suchi-ingest"
EVENT = "suchi.publication.arrived"
RESOURCE_PREFIX = "suchi.publication."


def publication_trigger() -> DeploymentEventTrigger:
    """One flow run per arrival event, on the file the event names."""
    return DeploymentEventTrigger(
        name="publication arrived",
        expect={EVENT},
        match={"prefect.resource.id": f"{RESOURCE_PREFIX}*"},
        parameters={"paths": ["{{ event.payload.path }}"]},
    )


def serve_ingest(settings: Settings, limit: int | None = None) -> None:
    """Block, serving the deployment until interrupted (Ctrl-C)."""
    ingest.serve(
        name=DEPLOYMENT,
        triggers=[publication_trigger()],
        # absolute folders, so runs write where this process was told to, whatever their cwd
        parameters={"raw_dir": str(settings.raw_dir), "processed_dir": str(settings.processed_dir)},
        description="Extract figures from new or changed publications in raw/ into processed/.",
        tags=["suchi"],
        limit=limit,
        pause_on_shutdown=False,
        # run the installed module, not a file path relative to this process's cwd
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
