"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import clear_workspace_code_execution_policy as clear_workspace_code_execution_policy
    from . import get_workspace_code_execution_policy as get_workspace_code_execution_policy
    from . import set_workspace_code_execution_policy as set_workspace_code_execution_policy
