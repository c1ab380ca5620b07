"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_key as create_key
    from . import delete_key as delete_key
    from . import get_key as get_key
    from . import list_keys as list_keys
    from . import rotate_key as rotate_key
    from . import update_key as update_key
