"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import delete_alias as delete_alias
    from . import list_aliases as list_aliases
    from . import set_alias as set_alias
