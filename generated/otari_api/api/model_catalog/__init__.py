"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import get_model as get_model
    from . import list_discoverable_models as list_discoverable_models
    from . import list_model_metadata as list_model_metadata
    from . import list_models as list_models
