"""The `.chronicle` project file: an SQLite database holding articles, events and the user's edits.

No widgets here; the GUI side is ``gui.actions.project_controller``.
"""

from __future__ import annotations

from model.project.schema import SCHEMA_VERSION
from model.project.store import (
    PROJECT_SUFFIX,
    Edit,
    Project,
    ProjectChangedError,
    ProjectError,
    is_project_path,
    load_project,
    open_project,
    project_name,
    read_summary,
    save_project,
)

__all__ = [
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "Edit",
    "Project",
    "ProjectChangedError",
    "ProjectError",
    "is_project_path",
    "load_project",
    "open_project",
    "project_name",
    "read_summary",
    "save_project",
]
