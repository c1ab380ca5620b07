"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_workspace_mcp_server as create_workspace_mcp_server
    from . import delete_workspace_mcp_server as delete_workspace_mcp_server
    from . import list_workspace_mcp_servers as list_workspace_mcp_servers
    from . import update_workspace_mcp_server as update_workspace_mcp_server
