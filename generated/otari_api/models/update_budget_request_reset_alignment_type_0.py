from typing import Literal

UpdateBudgetRequestResetAlignmentType0 = Literal["calendar_day", "calendar_month", "calendar_week"]

UPDATE_BUDGET_REQUEST_RESET_ALIGNMENT_TYPE_0_VALUES: set[UpdateBudgetRequestResetAlignmentType0] = {
    "calendar_day",
    "calendar_month",
    "calendar_week",
}


def check_update_budget_request_reset_alignment_type_0(value: str) -> UpdateBudgetRequestResetAlignmentType0:
    if value in UPDATE_BUDGET_REQUEST_RESET_ALIGNMENT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_BUDGET_REQUEST_RESET_ALIGNMENT_TYPE_0_VALUES!r}"
    )
