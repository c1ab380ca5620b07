"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_search_tool as create_search_tool
    from . import delete_stored_search_tool as delete_stored_search_tool
    from . import list_all_search_tools as list_all_search_tools
    from . import list_search_providers as list_search_providers
    from . import reencrypt_stored_search_tool_keys as reencrypt_stored_search_tool_keys
    from . import update_search_tool as update_search_tool
