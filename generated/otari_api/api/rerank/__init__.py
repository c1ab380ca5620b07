"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_rerank as create_rerank
