"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import delete_policy as delete_policy
    from . import explain_policy as explain_policy
    from . import list_policies as list_policies
    from . import rank_candidates as rank_candidates
    from . import routing_memory_status as routing_memory_status
    from . import set_policy as set_policy
