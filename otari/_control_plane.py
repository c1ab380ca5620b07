"""The control plane's table (``client.control_plane``): keys, users, budgets, pricing, usage.

Loaded on first access of ``client.control_plane``. Every call sends the admin
credential (``admin_key``, else ``GATEWAY_ADMIN_KEY``, else the platform token);
without one it raises :class:`~otari.InvalidRequestError` before sending anything.
See :mod:`otari._surface` for how a table reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import Async, ControlResource, M, Ref, Sync, child, op, pages

if TYPE_CHECKING:
    from otari_api import api
else:
    api = Ref("otari_api.api")


class Keys(ControlResource[M]):
    """Gateway API keys."""

    create = op(api.keys.create_key.call)
    get = op(api.keys.get_key.call)
    list = op(api.keys.list_keys.call)
    iter = pages(api.keys.list_keys.call)
    update = op(api.keys.update_key.call)
    delete = op(api.keys.delete_key.call)


class Users(ControlResource[M]):
    """Users, and the usage attributed to them."""

    create = op(api.users.create_user.call)
    get = op(api.users.get_user.call)
    list = op(api.users.list_users.call)
    iter = pages(api.users.list_users.call)
    update = op(api.users.update_user.call)
    delete = op(api.users.delete_user.call)
    get_usage = op(api.users.get_user_usage.call)
    iter_usage = pages(api.users.get_user_usage.call)


class Budgets(ControlResource[M]):
    """Spending budgets that users are attached to."""

    create = op(api.budgets.create_budget.call)
    get = op(api.budgets.get_budget.call)
    list = op(api.budgets.list_budgets.call)
    iter = pages(api.budgets.list_budgets.call)
    update = op(api.budgets.update_budget.call)
    delete = op(api.budgets.delete_budget.call)


class Pricing(ControlResource[M]):
    """Per-model prices."""

    set = op(api.pricing.set_pricing.call)
    get = op(api.pricing.get_pricing.call)
    list = op(api.pricing.list_pricing.call)
    iter = pages(api.pricing.list_pricing.call)
    get_history = op(api.pricing.get_pricing_history.call)
    delete = op(api.pricing.delete_pricing.call)


class Usage(ControlResource[M]):
    """Usage rows across users."""

    list = op(api.usage.list_usage.call)
    iter = pages(api.usage.list_usage.call)


class ControlPlane(ControlResource[M]):
    """The gateway's management API (``client.control_plane``), sent with the admin credential.

    The credential is ``admin_key``, else ``GATEWAY_ADMIN_KEY``, else (on otari.ai)
    the platform token; without one, a call raises :class:`~otari.InvalidRequestError`
    before sending anything.
    """

    keys = child(Keys[Sync], Keys[Async])
    users = child(Users[Sync], Users[Async])
    budgets = child(Budgets[Sync], Budgets[Async])
    pricing = child(Pricing[Sync], Pricing[Async])
    usage = child(Usage[Sync], Usage[Async])

    def __repr__(self) -> str:
        return f"<{type(self).__name__} keys, users, budgets, pricing, usage>"
