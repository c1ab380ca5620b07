"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import get_tool_settings as get_tool_settings
    from . import test_service as test_service
    from . import update_tool_settings as update_tool_settings
