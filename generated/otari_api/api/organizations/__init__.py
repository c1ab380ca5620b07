"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_active_organization_member as create_active_organization_member
    from . import get_active_organization_context as get_active_organization_context
    from . import invite_active_organization_member as invite_active_organization_member
    from . import list_active_organization_members as list_active_organization_members
    from . import remove_active_organization_member as remove_active_organization_member
    from . import revoke_active_organization_member_invitation as revoke_active_organization_member_invitation
    from . import update_active_organization as update_active_organization
    from . import update_active_organization_member as update_active_organization_member
