from typing import Literal

ListScopedBudgetsScopeTypeType0 = Literal["api_token", "org_member", "organization", "workspace", "workspace_member"]

LIST_SCOPED_BUDGETS_SCOPE_TYPE_TYPE_0_VALUES: set[ListScopedBudgetsScopeTypeType0] = {
    "api_token",
    "org_member",
    "organization",
    "workspace",
    "workspace_member",
}


def check_list_scoped_budgets_scope_type_type_0(value: str) -> ListScopedBudgetsScopeTypeType0:
    if value in LIST_SCOPED_BUDGETS_SCOPE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SCOPED_BUDGETS_SCOPE_TYPE_TYPE_0_VALUES!r}")
