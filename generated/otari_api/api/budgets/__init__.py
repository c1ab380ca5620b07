"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_budget as create_budget
    from . import delete_budget as delete_budget
    from . import get_budget as get_budget
    from . import list_budget_reset_logs as list_budget_reset_logs
    from . import list_budgets as list_budgets
    from . import update_budget as update_budget
