"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import get_mail_settings as get_mail_settings
    from . import get_settings as get_settings
    from . import rotate_master_key as rotate_master_key
    from . import send_test_mail as send_test_mail
    from . import update_settings as update_settings
