"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_user as create_user
    from . import delete_user as delete_user
    from . import get_user as get_user
    from . import get_user_usage as get_user_usage
    from . import list_users as list_users
    from . import update_user as update_user
