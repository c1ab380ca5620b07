"""``client.raw``: the generated core's client, set up like the SDK client.

It has the SDK client's base URL, credential (the client's own, not the admin
key) in the mode's header, default headers, User-Agent and timeout, and it
sends through the SDK client's retrying transport, so it shares the connection
pool and the retry rules. Errors are not mapped: the generated functions
return their parsed answer, or ``None`` for statuses they do not model.
"""

from __future__ import annotations

import httpx
from otari_api import AuthenticatedClient

from ._config import PLATFORM_HEADER, SELF_HOSTED_HEADER, ClientConfig


class RawClient(AuthenticatedClient):
    """The generated core's client, set up by ``OtariClient.raw``; its repr shows no credential."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, auth_header_name={self.auth_header_name!r})"


def _settings(config: ClientConfig, timeout: httpx.Timeout | None) -> tuple[RawClient, dict[str, str]]:
    headers = {**config.base_headers(), **config.auth_headers(config.credential)}
    raw = RawClient(
        base_url=config.base_url,
        headers=config.base_headers(),
        timeout=timeout,
        token=config.credential or "",
        prefix="Bearer",
        auth_header_name=PLATFORM_HEADER if config.platform_mode else SELF_HOSTED_HEADER,
    )
    return raw, headers


def raw_client(config: ClientConfig, transport: httpx.BaseTransport, timeout: httpx.Timeout | None) -> RawClient:
    """For ``OtariClient.raw``: use the endpoints' ``sync`` functions."""
    raw, headers = _settings(config, timeout)
    http = httpx.Client(
        transport=transport, base_url=config.base_url, headers=headers, timeout=timeout, trust_env=False
    )
    raw.set_httpx_client(http)
    return raw


def async_raw_client(
    config: ClientConfig, transport: httpx.AsyncBaseTransport, timeout: httpx.Timeout | None
) -> RawClient:
    """For ``AsyncOtariClient.raw``: await the endpoints' ``asyncio`` functions."""
    raw, headers = _settings(config, timeout)
    http = httpx.AsyncClient(
        transport=transport, base_url=config.base_url, headers=headers, timeout=timeout, trust_env=False
    )
    raw.set_async_httpx_client(http)
    return raw
