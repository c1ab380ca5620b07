"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_workspace_activation_key as create_workspace_activation_key
    from . import dismiss_workspace_activation as dismiss_workspace_activation
    from . import get_workspace_activation as get_workspace_activation
