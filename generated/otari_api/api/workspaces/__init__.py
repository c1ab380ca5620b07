"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import add_workspace_member as add_workspace_member
    from . import create_workspace as create_workspace
    from . import delete_workspace as delete_workspace
    from . import get_workspace as get_workspace
    from . import list_workspace_members as list_workspace_members
    from . import list_workspaces as list_workspaces
    from . import remove_workspace_member as remove_workspace_member
    from . import update_workspace as update_workspace
    from . import update_workspace_member_role as update_workspace_member_role
