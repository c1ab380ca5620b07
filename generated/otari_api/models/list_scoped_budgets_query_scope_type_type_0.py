from typing import Literal

ListScopedBudgetsQueryScopeTypeType0 = Literal[
    "api_token", "org_member", "organization", "workspace", "workspace_member"
]

LIST_SCOPED_BUDGETS_QUERY_SCOPE_TYPE_TYPE_0_VALUES: set[ListScopedBudgetsQueryScopeTypeType0] = {
    "api_token",
    "org_member",
    "organization",
    "workspace",
    "workspace_member",
}


def check_list_scoped_budgets_query_scope_type_type_0(value: str) -> ListScopedBudgetsQueryScopeTypeType0:
    if value in LIST_SCOPED_BUDGETS_QUERY_SCOPE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SCOPED_BUDGETS_QUERY_SCOPE_TYPE_TYPE_0_VALUES!r}"
    )
