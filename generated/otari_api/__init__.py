"""A client library for accessing otari-gateway"""

from .client import AuthenticatedClient, Client

#: Version of the API description this package was generated from
#: (upstream version + gateway commit), stamped by the generator.
__spec_version__ = "0.0.0-dev+0e2634c3"
#: The path every versioned operation starts with ("/v1"; later gateways use "/api/v1").
__api_root__ = "/v1"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__api_root__",
    "__spec_version__",
)
