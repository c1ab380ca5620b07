from typing import Literal

CreateBudgetRequestResetAlignmentType0 = Literal["calendar_day", "calendar_month", "calendar_week"]

CREATE_BUDGET_REQUEST_RESET_ALIGNMENT_TYPE_0_VALUES: set[CreateBudgetRequestResetAlignmentType0] = {
    "calendar_day",
    "calendar_month",
    "calendar_week",
}


def check_create_budget_request_reset_alignment_type_0(value: str) -> CreateBudgetRequestResetAlignmentType0:
    if value in CREATE_BUDGET_REQUEST_RESET_ALIGNMENT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_BUDGET_REQUEST_RESET_ALIGNMENT_TYPE_0_VALUES!r}"
    )
