"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import health_check as health_check
    from . import health_liveness as health_liveness
    from . import health_readiness as health_readiness
