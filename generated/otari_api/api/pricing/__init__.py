"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import confirm_pricing_refresh as confirm_pricing_refresh
    from . import delete_pricing as delete_pricing
    from . import get_pricing as get_pricing
    from . import get_pricing_history as get_pricing_history
    from . import list_pricing as list_pricing
    from . import preview_pricing_refresh as preview_pricing_refresh
    from . import reject_pricing_refresh as reject_pricing_refresh
    from . import set_pricing as set_pricing
