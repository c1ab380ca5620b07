"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import create_scoped_budget as create_scoped_budget
    from . import delete_scoped_budget as delete_scoped_budget
    from . import get_scoped_budget as get_scoped_budget
    from . import list_scoped_budgets as list_scoped_budgets
    from . import update_scoped_budget as update_scoped_budget
