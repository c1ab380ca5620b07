"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # otari: the endpoint modules as attributes, for type checkers (imported on use at run time).
    from . import confirm_reset as confirm_reset
    from . import create_session as create_session
    from . import delete_session as delete_session
    from . import request_reset as request_reset
    from . import resend_verification as resend_verification
    from . import set_dashboard_password as set_dashboard_password
    from . import signup as signup
    from . import verify_email_route as verify_email_route
