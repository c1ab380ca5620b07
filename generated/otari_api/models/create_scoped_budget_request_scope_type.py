from typing import Literal

CreateScopedBudgetRequestScopeType = Literal["api_token", "org_member", "organization", "workspace", "workspace_member"]

CREATE_SCOPED_BUDGET_REQUEST_SCOPE_TYPE_VALUES: set[CreateScopedBudgetRequestScopeType] = {
    "api_token",
    "org_member",
    "organization",
    "workspace",
    "workspace_member",
}


def check_create_scoped_budget_request_scope_type(value: str) -> CreateScopedBudgetRequestScopeType:
    if value in CREATE_SCOPED_BUDGET_REQUEST_SCOPE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SCOPED_BUDGET_REQUEST_SCOPE_TYPE_VALUES!r}")
