"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import agent_telemetry_series as agent_telemetry_series
    from . import agent_telemetry_summary as agent_telemetry_summary
    from . import count_agent_telemetry as count_agent_telemetry
    from . import delete_agent_telemetry_rows as delete_agent_telemetry_rows
