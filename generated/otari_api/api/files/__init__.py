"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_file as create_file
    from . import delete_file as delete_file
    from . import get_file as get_file
    from . import get_file_content as get_file_content
    from . import list_files as list_files
