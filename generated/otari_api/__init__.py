"""A client library for accessing otari-gateway"""

from .client import AuthenticatedClient, Client

#: Version of the API description this package was generated from
#: (upstream version + gateway commit), stamped by the generator.
__spec_version__ = "0.0.0-dev+4dcd95d0"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__spec_version__",
)
