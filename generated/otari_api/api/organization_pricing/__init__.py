"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_organization_pricing as create_organization_pricing
    from . import delete_organization_pricing as delete_organization_pricing
    from . import list_organization_pricing as list_organization_pricing
    from . import replace_organization_pricing as replace_organization_pricing
