"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_workspace_budget_default as create_workspace_budget_default
    from . import delete_workspace_budget_default as delete_workspace_budget_default
    from . import list_workspace_budget_defaults as list_workspace_budget_defaults
    from . import update_workspace_budget_default as update_workspace_budget_default
