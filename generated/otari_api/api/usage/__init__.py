"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import count_usage as count_usage
    from . import delete_usage_rows as delete_usage_rows
    from . import ingest_external_usage as ingest_external_usage
    from . import list_in_flight as list_in_flight
    from . import list_usage as list_usage
    from . import set_usage_price_rows as set_usage_price_rows
    from . import usage_series as usage_series
    from . import usage_summary as usage_summary
    from . import usage_summary_csv as usage_summary_csv
