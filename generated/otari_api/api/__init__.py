"""Contains methods for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the tag packages as attributes, for type checkers (imported on use at run time).
    from . import agent_telemetry as agent_telemetry
    from . import aliases as aliases
    from . import audio as audio
    from . import auth as auth
    from . import batches as batches
    from . import bootstrap as bootstrap
    from . import budgets as budgets
    from . import chat as chat
    from . import embeddings as embeddings
    from . import files as files
    from . import health as health
    from . import images as images
    from . import invitations as invitations
    from . import keys as keys
    from . import mcp_servers as mcp_servers
    from . import messages as messages
    from . import model_catalog as model_catalog
    from . import moderations as moderations
    from . import organization_pricing as organization_pricing
    from . import organizations as organizations
    from . import otel as otel
    from . import pricing as pricing
    from . import provider_keys as provider_keys
    from . import providers as providers
    from . import rerank as rerank
    from . import responses as responses
    from . import routing as routing
    from . import scoped_budgets as scoped_budgets
    from . import search as search
    from . import search_tools as search_tools
    from . import settings as settings
    from . import tool_settings as tool_settings
    from . import tools as tools
    from . import usage as usage
    from . import users as users
    from . import workspace_activation as workspace_activation
    from . import workspace_code_execution_policy as workspace_code_execution_policy
    from . import workspace_member_budget_policies as workspace_member_budget_policies
    from . import workspaces as workspaces
