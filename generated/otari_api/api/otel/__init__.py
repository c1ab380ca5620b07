"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import receive_logs as receive_logs
    from . import receive_metrics as receive_metrics
    from . import receive_traces as receive_traces
