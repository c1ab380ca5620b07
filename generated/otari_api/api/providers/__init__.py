"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_stored_provider as create_stored_provider
    from . import delete_stored_provider as delete_stored_provider
    from . import list_providers as list_providers
    from . import list_stored_providers as list_stored_providers
    from . import provider_catalog as provider_catalog
    from . import provider_catalog_detail as provider_catalog_detail
    from . import provider_health as provider_health
    from . import reencrypt_stored_provider_keys as reencrypt_stored_provider_keys
    from . import test_provider_connection as test_provider_connection
    from . import test_stored_provider as test_stored_provider
    from . import update_stored_provider as update_stored_provider
