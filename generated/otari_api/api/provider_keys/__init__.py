"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import add_workspace_provider_key_model_restriction as add_workspace_provider_key_model_restriction
    from . import archive_org_provider_key as archive_org_provider_key
    from . import create_org_provider_key as create_org_provider_key
    from . import delete_org_provider_key as delete_org_provider_key
    from . import list_org_provider_keys as list_org_provider_keys
    from . import list_workspace_provider_key_model_restrictions as list_workspace_provider_key_model_restrictions
    from . import list_workspace_provider_keys as list_workspace_provider_keys
    from . import remove_workspace_provider_key_model_restriction as remove_workspace_provider_key_model_restriction
    from . import reset_workspace_provider_key_override as reset_workspace_provider_key_override
    from . import restore_org_provider_key as restore_org_provider_key
    from . import set_org_provider_key_default as set_org_provider_key_default
    from . import set_workspace_provider_key_override as set_workspace_provider_key_override
    from . import update_org_provider_key as update_org_provider_key
