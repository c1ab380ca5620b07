"""Client configuration: which gateway, which credentials, which headers.

The two auth modes:

* **platform** (hosted otari.ai): the platform token is sent as
  ``Authorization: Bearer <token>``; the base URL defaults to
  ``https://api.otari.ai``.
* **self-hosted**: the gateway key is sent as ``Otari-Key: Bearer <key>``;
  the base URL is required.

Explicit arguments win over the environment. With no explicit credential,
``OTARI_AI_TOKEN`` (then its legacy alias ``GATEWAY_PLATFORM_TOKEN``) selects
platform mode, otherwise ``GATEWAY_API_BASE`` + ``GATEWAY_API_KEY`` select
self-hosted mode. ``GATEWAY_ADMIN_KEY`` is the control-plane credential.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._errors import OtariError
from ._version import __version__

DEFAULT_PLATFORM_BASE_URL = "https://api.otari.ai"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)

ENV_PLATFORM_TOKEN = "OTARI_AI_TOKEN"  # noqa: S105 - a variable name, not a secret
ENV_PLATFORM_TOKEN_LEGACY = "GATEWAY_PLATFORM_TOKEN"  # noqa: S105 - a variable name
ENV_API_BASE = "GATEWAY_API_BASE"
ENV_API_KEY = "GATEWAY_API_KEY"
ENV_ADMIN_KEY = "GATEWAY_ADMIN_KEY"

SELF_HOSTED_HEADER = "Otari-Key"
PLATFORM_HEADER = "Authorization"
SPEC_VERSION_HEADER = "Otari-Spec-Version"


class ConfigurationError(OtariError, ValueError):
    """The client was given (or found) an unusable configuration."""


def _secret_field() -> Any:
    return attrs.field(default=None, repr=False)


@attrs.frozen(repr=False)
class ClientConfig:
    """Resolved settings shared by every call of one client.

    Secrets are kept out of ``repr()``; use :attr:`platform_mode` and
    :attr:`base_url` to see how the client is set up.
    """

    base_url: str
    platform_mode: bool
    credential: str | None = _secret_field()
    admin_key: str | None = _secret_field()
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    timeout: httpx.Timeout | None = DEFAULT_TIMEOUT

    def __repr__(self) -> str:
        mode = "platform" if self.platform_mode else "self-hosted"
        return f"ClientConfig(base_url={self.display_url!r}, mode={mode!r}, timeout={self.timeout!r})"

    @property
    def display_url(self) -> str:
        """The base URL without any ``user:password@`` part, for reprs and messages."""
        url = httpx.URL(self.base_url)
        return str(url.copy_with(userinfo=b"")) if url.userinfo else self.base_url

    def auth_headers(self, credential: str | None) -> dict[str, str]:
        """The header that carries ``credential`` in this client's mode."""
        if not credential:
            return {}
        name = PLATFORM_HEADER if self.platform_mode else SELF_HOSTED_HEADER
        return {name: f"Bearer {credential}"}

    def base_headers(self) -> dict[str, str]:
        """Headers of every request, before the per-call credential."""
        from ._version import spec_version

        headers = {"User-Agent": f"otari-python/{__version__}", SPEC_VERSION_HEADER: spec_version()}
        headers.update(self.default_headers)
        return headers


def api_root() -> str:
    """The API root the generated core's paths start with (``/v1``), taken from the spec."""
    from otari_api import __api_root__

    return __api_root__


def normalize_base_url(url: str, root: str | None = None) -> str:
    """Accept the gateway's URL with or without the API root: ``http://host``, ``http://host/v1/`` alike.

    ``root`` defaults to the spec's API root; ``/v1`` is also accepted when the
    root has moved (``/api/v1``), as the version segment users know.
    """
    cleaned = url.strip()
    parsed = httpx.URL(cleaned)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"api_base must be an http(s) URL with a host, got {cleaned!r}")
    cleaned = cleaned.rstrip("/")
    root = api_root() if root is None else root
    for suffix in dict.fromkeys(filter(None, (root, "/" + root.rsplit("/", 1)[-1] if root else ""))):
        if cleaned.endswith(suffix):
            return cleaned[: -len(suffix)]
    return cleaned


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {value!r}")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))


def resolve_config(
    *,
    api_base: str | None = None,
    api_key: str | None = None,
    platform_token: str | None = None,
    admin_key: str | None = None,
    default_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    environ: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Decide the auth mode, base URL and credentials from arguments, then the environment."""
    env = os.environ if environ is None else environ

    def from_env(name: str) -> str | None:
        return env.get(name) or None

    if api_key and platform_token:
        raise ConfigurationError("pass either api_key (self-hosted gateway) or platform_token (otari.ai), not both")

    token = platform_token
    key = api_key
    if not key and not token:
        token = from_env(ENV_PLATFORM_TOKEN) or from_env(ENV_PLATFORM_TOKEN_LEGACY)
        if not token:
            key = from_env(ENV_API_KEY)

    base: str | None
    if token:
        base = api_base or DEFAULT_PLATFORM_BASE_URL
        platform = True
    else:
        base = api_base or from_env(ENV_API_BASE)
        platform = False
        if not base:
            raise ConfigurationError(
                "no gateway configured: pass platform_token=... for otari.ai, or api_base=... and api_key=... "
                f"for a self-hosted gateway (or set {ENV_PLATFORM_TOKEN}, or {ENV_API_BASE} and {ENV_API_KEY})"
            )

    admin = admin_key or from_env(ENV_ADMIN_KEY) or (token if platform else None)
    headers = dict(default_headers or {})
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("default_headers must map header names to string values")
    return ClientConfig(
        base_url=normalize_base_url(base),
        platform_mode=platform,
        credential=token if platform else key,
        admin_key=admin,
        default_headers=headers,
        timeout=_timeout(timeout),
    )


def merge_timeout(config: ClientConfig, override: float | httpx.Timeout | None) -> httpx.Timeout | None:
    """The timeout for one request: a per-call override, else the client's."""
    return config.timeout if override is None else _timeout(override)
