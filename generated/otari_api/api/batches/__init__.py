"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import cancel_batch as cancel_batch
    from . import create_batch as create_batch
    from . import list_batches as list_batches
    from . import retrieve_batch as retrieve_batch
    from . import retrieve_batch_results as retrieve_batch_results
