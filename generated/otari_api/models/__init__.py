"""Contains all the data models used in inputs/outputs.

otari: models are imported lazily, on first attribute access, so importing one
endpoint (or the otari shell) does not import every model class.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accept_invitation_request import AcceptInvitationRequest
    from .accept_invitation_result_public import AcceptInvitationResultPublic
    from .activation_api_key_public import ActivationApiKeyPublic
    from .activation_attempt_public import ActivationAttemptPublic
    from .activation_attempt_public_error_category_type_0 import ActivationAttemptPublicErrorCategoryType0
    from .activation_attempt_public_status import ActivationAttemptPublicStatus
    from .active_organization_member_create_request import ActiveOrganizationMemberCreateRequest
    from .active_organization_member_create_request_role import ActiveOrganizationMemberCreateRequestRole
    from .active_organization_member_create_result_public import ActiveOrganizationMemberCreateResultPublic
    from .active_organization_member_create_result_public_status import ActiveOrganizationMemberCreateResultPublicStatus
    from .active_organization_member_public import ActiveOrganizationMemberPublic
    from .active_organization_member_update_request import ActiveOrganizationMemberUpdateRequest
    from .active_organization_member_update_request_role_type_0 import ActiveOrganizationMemberUpdateRequestRoleType0
    from .active_organization_member_update_request_status_type_0 import (
        ActiveOrganizationMemberUpdateRequestStatusType0,
    )
    from .active_organization_members_public import ActiveOrganizationMembersPublic
    from .active_organization_update_request import ActiveOrganizationUpdateRequest
    from .add_workspace_member_query import AddWorkspaceMemberQuery
    from .add_workspace_member_query_role import AddWorkspaceMemberQueryRole
    from .add_workspace_member_role import AddWorkspaceMemberRole
    from .agent_telemetry_behavior import AgentTelemetryBehavior
    from .agent_telemetry_count import AgentTelemetryCount
    from .agent_telemetry_delete_request import AgentTelemetryDeleteRequest
    from .agent_telemetry_delete_result import AgentTelemetryDeleteResult
    from .agent_telemetry_group_row import AgentTelemetryGroupRow
    from .agent_telemetry_grouped_series import AgentTelemetryGroupedSeries
    from .agent_telemetry_grouped_series_bucket import AgentTelemetryGroupedSeriesBucket
    from .agent_telemetry_grouped_series_group_by import AgentTelemetryGroupedSeriesGroupBy
    from .agent_telemetry_grouped_series_point import AgentTelemetryGroupedSeriesPoint
    from .agent_telemetry_measures import AgentTelemetryMeasures
    from .agent_telemetry_outcomes import AgentTelemetryOutcomes
    from .agent_telemetry_series_bucket import AgentTelemetrySeriesBucket
    from .agent_telemetry_series_group_by import AgentTelemetrySeriesGroupBy
    from .agent_telemetry_series_point import AgentTelemetrySeriesPoint
    from .agent_telemetry_series_query import AgentTelemetrySeriesQuery
    from .agent_telemetry_series_query_bucket import AgentTelemetrySeriesQueryBucket
    from .agent_telemetry_series_query_group_by import AgentTelemetrySeriesQueryGroupBy
    from .agent_telemetry_summary import AgentTelemetrySummary
    from .agent_telemetry_summary_bucket import AgentTelemetrySummaryBucket
    from .agent_telemetry_summary_query import AgentTelemetrySummaryQuery
    from .agent_telemetry_summary_query_bucket import AgentTelemetrySummaryQueryBucket
    from .agent_telemetry_tool_row import AgentTelemetryToolRow
    from .agent_telemetry_usage import AgentTelemetryUsage
    from .alias_request import AliasRequest
    from .alias_response import AliasResponse
    from .audio_speech_request import AudioSpeechRequest
    from .batch import Batch
    from .batch_error import BatchError
    from .batch_errors import BatchErrors
    from .batch_list import BatchList
    from .batch_request_counts import BatchRequestCounts
    from .batch_request_item import BatchRequestItem
    from .batch_result_error import BatchResultError
    from .batch_result_item import BatchResultItem
    from .batch_results import BatchResults
    from .billing_meters import BillingMeters
    from .budget_reset_log_response import BudgetResetLogResponse
    from .budget_response import BudgetResponse
    from .caller_workspace_membership_public import CallerWorkspaceMembershipPublic
    from .cancel_batch_query import CancelBatchQuery
    from .candidate_response import CandidateResponse
    from .chat_completion import ChatCompletion
    from .chat_completion_annotation import ChatCompletionAnnotation
    from .chat_completion_audio import ChatCompletionAudio
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_delta import ChatCompletionChunkDelta
    from .chat_completion_chunk_function import ChatCompletionChunkFunction
    from .chat_completion_chunk_tool_call import ChatCompletionChunkToolCall
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_logprobs import ChatCompletionLogprobs
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_reasoning import ChatCompletionReasoning
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_reasoning_effort_type_0 import ChatCompletionRequestReasoningEffortType0
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_top_logprob import ChatCompletionTopLogprob
    from .chat_completion_url_citation import ChatCompletionUrlCitation
    from .completion_usage import CompletionUsage
    from .completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
    from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
    from .config_field import ConfigField
    from .config_field_type import ConfigFieldType
    from .config_search_tool_schema import ConfigSearchToolSchema
    from .count_agent_telemetry_query import CountAgentTelemetryQuery
    from .count_tokens_request import CountTokensRequest
    from .count_tokens_response import CountTokensResponse
    from .count_usage_query import CountUsageQuery
    from .count_usage_query_tool_type_0 import CountUsageQueryToolType0
    from .count_usage_tool_type_0 import CountUsageToolType0
    from .create_batch_request import CreateBatchRequest
    from .create_budget_request import CreateBudgetRequest
    from .create_budget_request_reset_alignment_type_0 import CreateBudgetRequestResetAlignmentType0
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_file_request import CreateFileRequest
    from .create_key_request import CreateKeyRequest
    from .create_key_response import CreateKeyResponse
    from .create_moderation_query import CreateModerationQuery
    from .create_scoped_budget_request import CreateScopedBudgetRequest
    from .create_scoped_budget_request_scope_type import CreateScopedBudgetRequestScopeType
    from .create_search_tool_request import CreateSearchToolRequest
    from .create_session_request import CreateSessionRequest
    from .create_stored_provider_request import CreateStoredProviderRequest
    from .create_user_request import CreateUserRequest
    from .delete_alias_query import DeleteAliasQuery
    from .delete_file_query import DeleteFileQuery
    from .delete_policy_query import DeletePolicyQuery
    from .delete_pricing_query import DeletePricingQuery
    from .deployment_bootstrap import DeploymentBootstrap
    from .deployment_bootstrap_deployment_type import DeploymentBootstrapDeploymentType
    from .deployment_bootstrap_session_type import DeploymentBootstrapSessionType
    from .deployment_bootstrap_sign_in_methods_item import DeploymentBootstrapSignInMethodsItem
    from .discoverable_model import DiscoverableModel
    from .discoverable_models_response import DiscoverableModelsResponse
    from .discoverable_provider import DiscoverableProvider
    from .dropped_response import DroppedResponse
    from .embedding import Embedding
    from .embedding_request import EmbeddingRequest
    from .embedding_usage import EmbeddingUsage
    from .explain_request import ExplainRequest
    from .explain_response import ExplainResponse
    from .external_events_request import ExternalEventsRequest
    from .external_ingest_error import ExternalIngestError
    from .external_ingest_result import ExternalIngestResult
    from .external_usage_event import ExternalUsageEvent
    from .file_deleted import FileDeleted
    from .file_list import FileList
    from .file_object import FileObject
    from .gateway_settings import GatewaySettings
    from .gateway_settings_master_key_source import GatewaySettingsMasterKeySource
    from .get_file_content_query import GetFileContentQuery
    from .get_file_query import GetFileQuery
    from .get_pricing_query import GetPricingQuery
    from .get_user_usage_query import GetUserUsageQuery
    from .guardrail_config import GuardrailConfig
    from .guardrail_config_mode import GuardrailConfigMode
    from .guardrail_config_on_item import GuardrailConfigOnItem
    from .guardrail_config_on_unavailable import GuardrailConfigOnUnavailable
    from .health_status import HealthStatus
    from .http_validation_error import HTTPValidationError
    from .image import Image
    from .image_generation_request import ImageGenerationRequest
    from .images_response import ImagesResponse
    from .images_usage import ImagesUsage
    from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails
    from .in_flight_entry import InFlightEntry
    from .in_flight_response import InFlightResponse
    from .invitation_preview_public import InvitationPreviewPublic
    from .invite_organization_member_request import InviteOrganizationMemberRequest
    from .invite_organization_member_request_role import InviteOrganizationMemberRequestRole
    from .invite_organization_member_result_public import InviteOrganizationMemberResultPublic
    from .key_info import KeyInfo
    from .known_provider_schema import KnownProviderSchema
    from .known_provider_summary_schema import KnownProviderSummarySchema
    from .learned_policy import LearnedPolicy
    from .list_active_organization_members_query import ListActiveOrganizationMembersQuery
    from .list_aliases_query import ListAliasesQuery
    from .list_batches_query import ListBatchesQuery
    from .list_budget_reset_logs_query import ListBudgetResetLogsQuery
    from .list_budgets_query import ListBudgetsQuery
    from .list_discoverable_models_query import ListDiscoverableModelsQuery
    from .list_files_query import ListFilesQuery
    from .list_keys_query import ListKeysQuery
    from .list_models_query import ListModelsQuery
    from .list_org_provider_keys_query import ListOrgProviderKeysQuery
    from .list_organization_pricing_query import ListOrganizationPricingQuery
    from .list_policies_query import ListPoliciesQuery
    from .list_pricing_query import ListPricingQuery
    from .list_scoped_budgets_query import ListScopedBudgetsQuery
    from .list_scoped_budgets_query_scope_type_type_0 import ListScopedBudgetsQueryScopeTypeType0
    from .list_scoped_budgets_scope_type_type_0 import ListScopedBudgetsScopeTypeType0
    from .list_usage_query import ListUsageQuery
    from .list_usage_query_tool_type_0 import ListUsageQueryToolType0
    from .list_usage_tool_type_0 import ListUsageToolType0
    from .list_users_query import ListUsersQuery
    from .list_workspace_budget_defaults_query import ListWorkspaceBudgetDefaultsQuery
    from .list_workspace_mcp_servers_query import ListWorkspaceMcpServersQuery
    from .list_workspace_members_query import ListWorkspaceMembersQuery
    from .list_workspaces_query import ListWorkspacesQuery
    from .mail_settings import MailSettings
    from .managed_tool import ManagedTool
    from .mcp_server_config import McpServerConfig
    from .message import Message
    from .message_cache_creation import MessageCacheCreation
    from .message_citation import MessageCitation
    from .message_content_block import MessageContentBlock
    from .message_delta_usage import MessageDeltaUsage
    from .message_server_tool_usage import MessageServerToolUsage
    from .message_stream_delta import MessageStreamDelta
    from .message_stream_error import MessageStreamError
    from .message_stream_event import MessageStreamEvent
    from .message_usage import MessageUsage
    from .messages_request import MessagesRequest
    from .model_list_response import ModelListResponse
    from .model_metadata import ModelMetadata
    from .model_metadata_response import ModelMetadataResponse
    from .model_object import ModelObject
    from .model_pricing_info import ModelPricingInfo
    from .moderation_request import ModerationRequest
    from .moderation_response import ModerationResponse
    from .moderation_result import ModerationResult
    from .org_provider_key_create_request import OrgProviderKeyCreateRequest
    from .org_provider_key_public import OrgProviderKeyPublic
    from .org_provider_key_update_request import OrgProviderKeyUpdateRequest
    from .org_provider_keys_public import OrgProviderKeysPublic
    from .organization_membership_context_public import OrganizationMembershipContextPublic
    from .organization_model_pricing_create import OrganizationModelPricingCreate
    from .organization_model_pricing_public import OrganizationModelPricingPublic
    from .organization_model_pricing_update import OrganizationModelPricingUpdate
    from .organization_model_pricings_public import OrganizationModelPricingsPublic
    from .organization_public import OrganizationPublic
    from .otlp_export_response import OtlpExportResponse
    from .password_response import PasswordResponse
    from .policy_request import PolicyRequest
    from .policy_response import PolicyResponse
    from .pool_status import PoolStatus
    from .pricing_refresh_change_response import PricingRefreshChangeResponse
    from .pricing_refresh_confirmation_response import PricingRefreshConfirmationResponse
    from .pricing_refresh_preview_response import PricingRefreshPreviewResponse
    from .pricing_response import PricingResponse
    from .pricing_tier import PricingTier
    from .provider_capabilities_schema import ProviderCapabilitiesSchema
    from .provider_health_query import ProviderHealthQuery
    from .provider_health_response import ProviderHealthResponse
    from .provider_health_schema import ProviderHealthSchema
    from .provider_info_schema import ProviderInfoSchema
    from .providers_response import ProvidersResponse
    from .rank_request import RankRequest
    from .rank_response import RankResponse
    from .readiness_status import ReadinessStatus
    from .recorded_pool import RecordedPool
    from .reencrypt_provider_credentials_response import ReencryptProviderCredentialsResponse
    from .reencrypt_search_tools_response import ReencryptSearchToolsResponse
    from .request_password_reset_request import RequestPasswordResetRequest
    from .request_password_reset_response import RequestPasswordResetResponse
    from .rerank_document import RerankDocument
    from .rerank_request import RerankRequest
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .rerank_usage import RerankUsage
    from .resend_verification_request import ResendVerificationRequest
    from .resend_verification_response import ResendVerificationResponse
    from .reset_password_request import ResetPasswordRequest
    from .response_annotation import ResponseAnnotation
    from .response_error import ResponseError
    from .response_incomplete_details import ResponseIncompleteDetails
    from .response_input_tokens_details import ResponseInputTokensDetails
    from .response_logprob import ResponseLogprob
    from .response_object import ResponseObject
    from .response_output_content import ResponseOutputContent
    from .response_output_item import ResponseOutputItem
    from .response_output_tokens_details import ResponseOutputTokensDetails
    from .response_stream_event import ResponseStreamEvent
    from .response_summary_part import ResponseSummaryPart
    from .response_top_logprob import ResponseTopLogprob
    from .response_usage import ResponseUsage
    from .responses_request import ResponsesRequest
    from .retrieve_batch_query import RetrieveBatchQuery
    from .retrieve_batch_results_query import RetrieveBatchResultsQuery
    from .rotate_master_key_response import RotateMasterKeyResponse
    from .router_status import RouterStatus
    from .routing_memory_status_query import RoutingMemoryStatusQuery
    from .scoped_budget_response import ScopedBudgetResponse
    from .scored_example import ScoredExample
    from .search_provider_schema import SearchProviderSchema
    from .search_request import SearchRequest
    from .search_response import SearchResponse
    from .search_result_item import SearchResultItem
    from .search_tools_response import SearchToolsResponse
    from .send_test_mail_request import SendTestMailRequest
    from .send_test_mail_response import SendTestMailResponse
    from .session_response import SessionResponse
    from .set_password_request import SetPasswordRequest
    from .set_pricing_request import SetPricingRequest
    from .signup_request import SignupRequest
    from .signup_response import SignupResponse
    from .status_message import StatusMessage
    from .stored_provider_response import StoredProviderResponse
    from .stored_search_tool_schema import StoredSearchToolSchema
    from .task_pool import TaskPool
    from .test_provider_request import TestProviderRequest
    from .test_provider_response import TestProviderResponse
    from .test_service_request import TestServiceRequest
    from .test_service_response import TestServiceResponse
    from .token_charge_line import TokenChargeLine
    from .tool_meter import ToolMeter
    from .tool_setting_field import ToolSettingField
    from .tool_setting_field_service import ToolSettingFieldService
    from .tool_setting_field_type import ToolSettingFieldType
    from .tool_settings_response import ToolSettingsResponse
    from .tools_response import ToolsResponse
    from .transcription import Transcription
    from .transcription_logprob import TranscriptionLogprob
    from .transcription_request import TranscriptionRequest
    from .transcription_segment import TranscriptionSegment
    from .transcription_usage import TranscriptionUsage
    from .transcription_usage_input_token_details import TranscriptionUsageInputTokenDetails
    from .transcription_word import TranscriptionWord
    from .unit_charge_line import UnitChargeLine
    from .update_budget_request import UpdateBudgetRequest
    from .update_budget_request_reset_alignment_type_0 import UpdateBudgetRequestResetAlignmentType0
    from .update_key_request import UpdateKeyRequest
    from .update_scoped_budget_request import UpdateScopedBudgetRequest
    from .update_search_tool_request import UpdateSearchToolRequest
    from .update_settings_request import UpdateSettingsRequest
    from .update_settings_request_stream_missing_usage_policy_type_0 import (
        UpdateSettingsRequestStreamMissingUsagePolicyType0,
    )
    from .update_settings_request_vision_strategy_type_0 import UpdateSettingsRequestVisionStrategyType0
    from .update_stored_provider_request import UpdateStoredProviderRequest
    from .update_tool_settings_request import UpdateToolSettingsRequest
    from .update_user_request import UpdateUserRequest
    from .update_workspace_member_role_query import UpdateWorkspaceMemberRoleQuery
    from .update_workspace_member_role_query_role import UpdateWorkspaceMemberRoleQueryRole
    from .update_workspace_member_role_role import UpdateWorkspaceMemberRoleRole
    from .usage_count import UsageCount
    from .usage_delete_request import UsageDeleteRequest
    from .usage_delete_result import UsageDeleteResult
    from .usage_entry import UsageEntry
    from .usage_error_code_row import UsageErrorCodeRow
    from .usage_error_code_row_error_class import UsageErrorCodeRowErrorClass
    from .usage_group_row import UsageGroupRow
    from .usage_grouped_series import UsageGroupedSeries
    from .usage_grouped_series_bucket import UsageGroupedSeriesBucket
    from .usage_grouped_series_group_by import UsageGroupedSeriesGroupBy
    from .usage_grouped_series_point import UsageGroupedSeriesPoint
    from .usage_log_response import UsageLogResponse
    from .usage_series_bucket import UsageSeriesBucket
    from .usage_series_group_by import UsageSeriesGroupBy
    from .usage_series_point import UsageSeriesPoint
    from .usage_series_query import UsageSeriesQuery
    from .usage_series_query_bucket import UsageSeriesQueryBucket
    from .usage_series_query_group_by import UsageSeriesQueryGroupBy
    from .usage_series_query_tool_type_0 import UsageSeriesQueryToolType0
    from .usage_series_tool_type_0 import UsageSeriesToolType0
    from .usage_set_price_request import UsageSetPriceRequest
    from .usage_set_price_result import UsageSetPriceResult
    from .usage_summary import UsageSummary
    from .usage_summary_bucket import UsageSummaryBucket
    from .usage_summary_csv_query import UsageSummaryCsvQuery
    from .usage_summary_csv_query_tool_type_0 import UsageSummaryCsvQueryToolType0
    from .usage_summary_csv_tool_type_0 import UsageSummaryCsvToolType0
    from .usage_summary_dimensions_type_0_item import UsageSummaryDimensionsType0Item
    from .usage_summary_query import UsageSummaryQuery
    from .usage_summary_query_bucket import UsageSummaryQueryBucket
    from .usage_summary_query_dimensions_type_0_item import UsageSummaryQueryDimensionsType0Item
    from .usage_summary_query_tool_type_0 import UsageSummaryQueryToolType0
    from .usage_summary_tool_type_0 import UsageSummaryToolType0
    from .usage_tool_row import UsageToolRow
    from .usage_totals import UsageTotals
    from .user_response import UserResponse
    from .validate_invitation_request import ValidateInvitationRequest
    from .validation_error import ValidationError
    from .verify_email_request import VerifyEmailRequest
    from .verify_email_response import VerifyEmailResponse
    from .workspace_activation_public import WorkspaceActivationPublic
    from .workspace_activation_public_status import WorkspaceActivationPublicStatus
    from .workspace_assignment_request import WorkspaceAssignmentRequest
    from .workspace_assignment_request_role import WorkspaceAssignmentRequestRole
    from .workspace_code_execution_policy_public import WorkspaceCodeExecutionPolicyPublic
    from .workspace_code_execution_policy_update import WorkspaceCodeExecutionPolicyUpdate
    from .workspace_create import WorkspaceCreate
    from .workspace_mcp_server_create import WorkspaceMcpServerCreate
    from .workspace_mcp_server_public import WorkspaceMcpServerPublic
    from .workspace_mcp_server_update import WorkspaceMcpServerUpdate
    from .workspace_mcp_servers_public import WorkspaceMcpServersPublic
    from .workspace_member_budget_policies_public import WorkspaceMemberBudgetPoliciesPublic
    from .workspace_member_budget_policy_create import WorkspaceMemberBudgetPolicyCreate
    from .workspace_member_budget_policy_public import WorkspaceMemberBudgetPolicyPublic
    from .workspace_member_budget_policy_update import WorkspaceMemberBudgetPolicyUpdate
    from .workspace_member_public import WorkspaceMemberPublic
    from .workspace_members_public import WorkspaceMembersPublic
    from .workspace_provider_key_override_public import WorkspaceProviderKeyOverridePublic
    from .workspace_provider_key_override_request import WorkspaceProviderKeyOverrideRequest
    from .workspace_provider_key_overrides_public import WorkspaceProviderKeyOverridesPublic
    from .workspace_provider_model_restriction_request import WorkspaceProviderModelRestrictionRequest
    from .workspace_provider_model_restrictions_public import WorkspaceProviderModelRestrictionsPublic
    from .workspace_public import WorkspacePublic
    from .workspace_update import WorkspaceUpdate
    from .workspaces_public import WorkspacesPublic

_MODULES = {
    "AcceptInvitationRequest": ".accept_invitation_request",
    "AcceptInvitationResultPublic": ".accept_invitation_result_public",
    "ActivationApiKeyPublic": ".activation_api_key_public",
    "ActivationAttemptPublic": ".activation_attempt_public",
    "ActivationAttemptPublicErrorCategoryType0": ".activation_attempt_public_error_category_type_0",
    "ActivationAttemptPublicStatus": ".activation_attempt_public_status",
    "ActiveOrganizationMemberCreateRequest": ".active_organization_member_create_request",
    "ActiveOrganizationMemberCreateRequestRole": ".active_organization_member_create_request_role",
    "ActiveOrganizationMemberCreateResultPublic": ".active_organization_member_create_result_public",
    "ActiveOrganizationMemberCreateResultPublicStatus": ".active_organization_member_create_result_public_status",
    "ActiveOrganizationMemberPublic": ".active_organization_member_public",
    "ActiveOrganizationMemberUpdateRequest": ".active_organization_member_update_request",
    "ActiveOrganizationMemberUpdateRequestRoleType0": ".active_organization_member_update_request_role_type_0",
    "ActiveOrganizationMemberUpdateRequestStatusType0": ".active_organization_member_update_request_status_type_0",
    "ActiveOrganizationMembersPublic": ".active_organization_members_public",
    "ActiveOrganizationUpdateRequest": ".active_organization_update_request",
    "AddWorkspaceMemberQuery": ".add_workspace_member_query",
    "AddWorkspaceMemberQueryRole": ".add_workspace_member_query_role",
    "AddWorkspaceMemberRole": ".add_workspace_member_role",
    "AgentTelemetryBehavior": ".agent_telemetry_behavior",
    "AgentTelemetryCount": ".agent_telemetry_count",
    "AgentTelemetryDeleteRequest": ".agent_telemetry_delete_request",
    "AgentTelemetryDeleteResult": ".agent_telemetry_delete_result",
    "AgentTelemetryGroupRow": ".agent_telemetry_group_row",
    "AgentTelemetryGroupedSeries": ".agent_telemetry_grouped_series",
    "AgentTelemetryGroupedSeriesBucket": ".agent_telemetry_grouped_series_bucket",
    "AgentTelemetryGroupedSeriesGroupBy": ".agent_telemetry_grouped_series_group_by",
    "AgentTelemetryGroupedSeriesPoint": ".agent_telemetry_grouped_series_point",
    "AgentTelemetryMeasures": ".agent_telemetry_measures",
    "AgentTelemetryOutcomes": ".agent_telemetry_outcomes",
    "AgentTelemetrySeriesBucket": ".agent_telemetry_series_bucket",
    "AgentTelemetrySeriesGroupBy": ".agent_telemetry_series_group_by",
    "AgentTelemetrySeriesPoint": ".agent_telemetry_series_point",
    "AgentTelemetrySeriesQuery": ".agent_telemetry_series_query",
    "AgentTelemetrySeriesQueryBucket": ".agent_telemetry_series_query_bucket",
    "AgentTelemetrySeriesQueryGroupBy": ".agent_telemetry_series_query_group_by",
    "AgentTelemetrySummary": ".agent_telemetry_summary",
    "AgentTelemetrySummaryBucket": ".agent_telemetry_summary_bucket",
    "AgentTelemetrySummaryQuery": ".agent_telemetry_summary_query",
    "AgentTelemetrySummaryQueryBucket": ".agent_telemetry_summary_query_bucket",
    "AgentTelemetryToolRow": ".agent_telemetry_tool_row",
    "AgentTelemetryUsage": ".agent_telemetry_usage",
    "AliasRequest": ".alias_request",
    "AliasResponse": ".alias_response",
    "AudioSpeechRequest": ".audio_speech_request",
    "Batch": ".batch",
    "BatchError": ".batch_error",
    "BatchErrors": ".batch_errors",
    "BatchList": ".batch_list",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchRequestItem": ".batch_request_item",
    "BatchResultError": ".batch_result_error",
    "BatchResultItem": ".batch_result_item",
    "BatchResults": ".batch_results",
    "BillingMeters": ".billing_meters",
    "BudgetResetLogResponse": ".budget_reset_log_response",
    "BudgetResponse": ".budget_response",
    "CallerWorkspaceMembershipPublic": ".caller_workspace_membership_public",
    "CancelBatchQuery": ".cancel_batch_query",
    "CandidateResponse": ".candidate_response",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionAnnotation": ".chat_completion_annotation",
    "ChatCompletionAudio": ".chat_completion_audio",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionChunkDelta": ".chat_completion_chunk_delta",
    "ChatCompletionChunkFunction": ".chat_completion_chunk_function",
    "ChatCompletionChunkToolCall": ".chat_completion_chunk_tool_call",
    "ChatCompletionFunctionCall": ".chat_completion_function_call",
    "ChatCompletionLogprobs": ".chat_completion_logprobs",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionReasoning": ".chat_completion_reasoning",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestReasoningEffortType0": ".chat_completion_request_reasoning_effort_type_0",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionTopLogprob": ".chat_completion_top_logprob",
    "ChatCompletionUrlCitation": ".chat_completion_url_citation",
    "CompletionUsage": ".completion_usage",
    "CompletionUsageCompletionTokensDetails": ".completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": ".completion_usage_prompt_tokens_details",
    "ConfigField": ".config_field",
    "ConfigFieldType": ".config_field_type",
    "ConfigSearchToolSchema": ".config_search_tool_schema",
    "CountAgentTelemetryQuery": ".count_agent_telemetry_query",
    "CountTokensRequest": ".count_tokens_request",
    "CountTokensResponse": ".count_tokens_response",
    "CountUsageQuery": ".count_usage_query",
    "CountUsageQueryToolType0": ".count_usage_query_tool_type_0",
    "CountUsageToolType0": ".count_usage_tool_type_0",
    "CreateBatchRequest": ".create_batch_request",
    "CreateBudgetRequest": ".create_budget_request",
    "CreateBudgetRequestResetAlignmentType0": ".create_budget_request_reset_alignment_type_0",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CreateFileRequest": ".create_file_request",
    "CreateKeyRequest": ".create_key_request",
    "CreateKeyResponse": ".create_key_response",
    "CreateModerationQuery": ".create_moderation_query",
    "CreateScopedBudgetRequest": ".create_scoped_budget_request",
    "CreateScopedBudgetRequestScopeType": ".create_scoped_budget_request_scope_type",
    "CreateSearchToolRequest": ".create_search_tool_request",
    "CreateSessionRequest": ".create_session_request",
    "CreateStoredProviderRequest": ".create_stored_provider_request",
    "CreateUserRequest": ".create_user_request",
    "DeleteAliasQuery": ".delete_alias_query",
    "DeleteFileQuery": ".delete_file_query",
    "DeletePolicyQuery": ".delete_policy_query",
    "DeletePricingQuery": ".delete_pricing_query",
    "DeploymentBootstrap": ".deployment_bootstrap",
    "DeploymentBootstrapDeploymentType": ".deployment_bootstrap_deployment_type",
    "DeploymentBootstrapSessionType": ".deployment_bootstrap_session_type",
    "DeploymentBootstrapSignInMethodsItem": ".deployment_bootstrap_sign_in_methods_item",
    "DiscoverableModel": ".discoverable_model",
    "DiscoverableModelsResponse": ".discoverable_models_response",
    "DiscoverableProvider": ".discoverable_provider",
    "DroppedResponse": ".dropped_response",
    "Embedding": ".embedding",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingUsage": ".embedding_usage",
    "ExplainRequest": ".explain_request",
    "ExplainResponse": ".explain_response",
    "ExternalEventsRequest": ".external_events_request",
    "ExternalIngestError": ".external_ingest_error",
    "ExternalIngestResult": ".external_ingest_result",
    "ExternalUsageEvent": ".external_usage_event",
    "FileDeleted": ".file_deleted",
    "FileList": ".file_list",
    "FileObject": ".file_object",
    "GatewaySettings": ".gateway_settings",
    "GatewaySettingsMasterKeySource": ".gateway_settings_master_key_source",
    "GetFileContentQuery": ".get_file_content_query",
    "GetFileQuery": ".get_file_query",
    "GetPricingQuery": ".get_pricing_query",
    "GetUserUsageQuery": ".get_user_usage_query",
    "GuardrailConfig": ".guardrail_config",
    "GuardrailConfigMode": ".guardrail_config_mode",
    "GuardrailConfigOnItem": ".guardrail_config_on_item",
    "GuardrailConfigOnUnavailable": ".guardrail_config_on_unavailable",
    "HealthStatus": ".health_status",
    "HTTPValidationError": ".http_validation_error",
    "Image": ".image",
    "ImageGenerationRequest": ".image_generation_request",
    "ImagesResponse": ".images_response",
    "ImagesUsage": ".images_usage",
    "ImagesUsageInputTokensDetails": ".images_usage_input_tokens_details",
    "InFlightEntry": ".in_flight_entry",
    "InFlightResponse": ".in_flight_response",
    "InvitationPreviewPublic": ".invitation_preview_public",
    "InviteOrganizationMemberRequest": ".invite_organization_member_request",
    "InviteOrganizationMemberRequestRole": ".invite_organization_member_request_role",
    "InviteOrganizationMemberResultPublic": ".invite_organization_member_result_public",
    "KeyInfo": ".key_info",
    "KnownProviderSchema": ".known_provider_schema",
    "KnownProviderSummarySchema": ".known_provider_summary_schema",
    "LearnedPolicy": ".learned_policy",
    "ListActiveOrganizationMembersQuery": ".list_active_organization_members_query",
    "ListAliasesQuery": ".list_aliases_query",
    "ListBatchesQuery": ".list_batches_query",
    "ListBudgetResetLogsQuery": ".list_budget_reset_logs_query",
    "ListBudgetsQuery": ".list_budgets_query",
    "ListDiscoverableModelsQuery": ".list_discoverable_models_query",
    "ListFilesQuery": ".list_files_query",
    "ListKeysQuery": ".list_keys_query",
    "ListModelsQuery": ".list_models_query",
    "ListOrgProviderKeysQuery": ".list_org_provider_keys_query",
    "ListOrganizationPricingQuery": ".list_organization_pricing_query",
    "ListPoliciesQuery": ".list_policies_query",
    "ListPricingQuery": ".list_pricing_query",
    "ListScopedBudgetsQuery": ".list_scoped_budgets_query",
    "ListScopedBudgetsQueryScopeTypeType0": ".list_scoped_budgets_query_scope_type_type_0",
    "ListScopedBudgetsScopeTypeType0": ".list_scoped_budgets_scope_type_type_0",
    "ListUsageQuery": ".list_usage_query",
    "ListUsageQueryToolType0": ".list_usage_query_tool_type_0",
    "ListUsageToolType0": ".list_usage_tool_type_0",
    "ListUsersQuery": ".list_users_query",
    "ListWorkspaceBudgetDefaultsQuery": ".list_workspace_budget_defaults_query",
    "ListWorkspaceMcpServersQuery": ".list_workspace_mcp_servers_query",
    "ListWorkspaceMembersQuery": ".list_workspace_members_query",
    "ListWorkspacesQuery": ".list_workspaces_query",
    "MailSettings": ".mail_settings",
    "ManagedTool": ".managed_tool",
    "McpServerConfig": ".mcp_server_config",
    "Message": ".message",
    "MessageCacheCreation": ".message_cache_creation",
    "MessageCitation": ".message_citation",
    "MessageContentBlock": ".message_content_block",
    "MessageDeltaUsage": ".message_delta_usage",
    "MessageServerToolUsage": ".message_server_tool_usage",
    "MessageStreamDelta": ".message_stream_delta",
    "MessageStreamError": ".message_stream_error",
    "MessageStreamEvent": ".message_stream_event",
    "MessageUsage": ".message_usage",
    "MessagesRequest": ".messages_request",
    "ModelListResponse": ".model_list_response",
    "ModelMetadata": ".model_metadata",
    "ModelMetadataResponse": ".model_metadata_response",
    "ModelObject": ".model_object",
    "ModelPricingInfo": ".model_pricing_info",
    "ModerationRequest": ".moderation_request",
    "ModerationResponse": ".moderation_response",
    "ModerationResult": ".moderation_result",
    "OrgProviderKeyCreateRequest": ".org_provider_key_create_request",
    "OrgProviderKeyPublic": ".org_provider_key_public",
    "OrgProviderKeyUpdateRequest": ".org_provider_key_update_request",
    "OrgProviderKeysPublic": ".org_provider_keys_public",
    "OrganizationMembershipContextPublic": ".organization_membership_context_public",
    "OrganizationModelPricingCreate": ".organization_model_pricing_create",
    "OrganizationModelPricingPublic": ".organization_model_pricing_public",
    "OrganizationModelPricingUpdate": ".organization_model_pricing_update",
    "OrganizationModelPricingsPublic": ".organization_model_pricings_public",
    "OrganizationPublic": ".organization_public",
    "OtlpExportResponse": ".otlp_export_response",
    "PasswordResponse": ".password_response",
    "PolicyRequest": ".policy_request",
    "PolicyResponse": ".policy_response",
    "PoolStatus": ".pool_status",
    "PricingRefreshChangeResponse": ".pricing_refresh_change_response",
    "PricingRefreshConfirmationResponse": ".pricing_refresh_confirmation_response",
    "PricingRefreshPreviewResponse": ".pricing_refresh_preview_response",
    "PricingResponse": ".pricing_response",
    "PricingTier": ".pricing_tier",
    "ProviderCapabilitiesSchema": ".provider_capabilities_schema",
    "ProviderHealthQuery": ".provider_health_query",
    "ProviderHealthResponse": ".provider_health_response",
    "ProviderHealthSchema": ".provider_health_schema",
    "ProviderInfoSchema": ".provider_info_schema",
    "ProvidersResponse": ".providers_response",
    "RankRequest": ".rank_request",
    "RankResponse": ".rank_response",
    "ReadinessStatus": ".readiness_status",
    "RecordedPool": ".recorded_pool",
    "ReencryptProviderCredentialsResponse": ".reencrypt_provider_credentials_response",
    "ReencryptSearchToolsResponse": ".reencrypt_search_tools_response",
    "RequestPasswordResetRequest": ".request_password_reset_request",
    "RequestPasswordResetResponse": ".request_password_reset_response",
    "RerankDocument": ".rerank_document",
    "RerankRequest": ".rerank_request",
    "RerankResponse": ".rerank_response",
    "RerankResult": ".rerank_result",
    "RerankUsage": ".rerank_usage",
    "ResendVerificationRequest": ".resend_verification_request",
    "ResendVerificationResponse": ".resend_verification_response",
    "ResetPasswordRequest": ".reset_password_request",
    "ResponseAnnotation": ".response_annotation",
    "ResponseError": ".response_error",
    "ResponseIncompleteDetails": ".response_incomplete_details",
    "ResponseInputTokensDetails": ".response_input_tokens_details",
    "ResponseLogprob": ".response_logprob",
    "ResponseObject": ".response_object",
    "ResponseOutputContent": ".response_output_content",
    "ResponseOutputItem": ".response_output_item",
    "ResponseOutputTokensDetails": ".response_output_tokens_details",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseSummaryPart": ".response_summary_part",
    "ResponseTopLogprob": ".response_top_logprob",
    "ResponseUsage": ".response_usage",
    "ResponsesRequest": ".responses_request",
    "RetrieveBatchQuery": ".retrieve_batch_query",
    "RetrieveBatchResultsQuery": ".retrieve_batch_results_query",
    "RotateMasterKeyResponse": ".rotate_master_key_response",
    "RouterStatus": ".router_status",
    "RoutingMemoryStatusQuery": ".routing_memory_status_query",
    "ScopedBudgetResponse": ".scoped_budget_response",
    "ScoredExample": ".scored_example",
    "SearchProviderSchema": ".search_provider_schema",
    "SearchRequest": ".search_request",
    "SearchResponse": ".search_response",
    "SearchResultItem": ".search_result_item",
    "SearchToolsResponse": ".search_tools_response",
    "SendTestMailRequest": ".send_test_mail_request",
    "SendTestMailResponse": ".send_test_mail_response",
    "SessionResponse": ".session_response",
    "SetPasswordRequest": ".set_password_request",
    "SetPricingRequest": ".set_pricing_request",
    "SignupRequest": ".signup_request",
    "SignupResponse": ".signup_response",
    "StatusMessage": ".status_message",
    "StoredProviderResponse": ".stored_provider_response",
    "StoredSearchToolSchema": ".stored_search_tool_schema",
    "TaskPool": ".task_pool",
    "TestProviderRequest": ".test_provider_request",
    "TestProviderResponse": ".test_provider_response",
    "TestServiceRequest": ".test_service_request",
    "TestServiceResponse": ".test_service_response",
    "TokenChargeLine": ".token_charge_line",
    "ToolMeter": ".tool_meter",
    "ToolSettingField": ".tool_setting_field",
    "ToolSettingFieldService": ".tool_setting_field_service",
    "ToolSettingFieldType": ".tool_setting_field_type",
    "ToolSettingsResponse": ".tool_settings_response",
    "ToolsResponse": ".tools_response",
    "Transcription": ".transcription",
    "TranscriptionLogprob": ".transcription_logprob",
    "TranscriptionRequest": ".transcription_request",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionUsage": ".transcription_usage",
    "TranscriptionUsageInputTokenDetails": ".transcription_usage_input_token_details",
    "TranscriptionWord": ".transcription_word",
    "UnitChargeLine": ".unit_charge_line",
    "UpdateBudgetRequest": ".update_budget_request",
    "UpdateBudgetRequestResetAlignmentType0": ".update_budget_request_reset_alignment_type_0",
    "UpdateKeyRequest": ".update_key_request",
    "UpdateScopedBudgetRequest": ".update_scoped_budget_request",
    "UpdateSearchToolRequest": ".update_search_tool_request",
    "UpdateSettingsRequest": ".update_settings_request",
    "UpdateSettingsRequestStreamMissingUsagePolicyType0": ".update_settings_request_stream_missing_usage_policy_type_0",
    "UpdateSettingsRequestVisionStrategyType0": ".update_settings_request_vision_strategy_type_0",
    "UpdateStoredProviderRequest": ".update_stored_provider_request",
    "UpdateToolSettingsRequest": ".update_tool_settings_request",
    "UpdateUserRequest": ".update_user_request",
    "UpdateWorkspaceMemberRoleQuery": ".update_workspace_member_role_query",
    "UpdateWorkspaceMemberRoleQueryRole": ".update_workspace_member_role_query_role",
    "UpdateWorkspaceMemberRoleRole": ".update_workspace_member_role_role",
    "UsageCount": ".usage_count",
    "UsageDeleteRequest": ".usage_delete_request",
    "UsageDeleteResult": ".usage_delete_result",
    "UsageEntry": ".usage_entry",
    "UsageErrorCodeRow": ".usage_error_code_row",
    "UsageErrorCodeRowErrorClass": ".usage_error_code_row_error_class",
    "UsageGroupRow": ".usage_group_row",
    "UsageGroupedSeries": ".usage_grouped_series",
    "UsageGroupedSeriesBucket": ".usage_grouped_series_bucket",
    "UsageGroupedSeriesGroupBy": ".usage_grouped_series_group_by",
    "UsageGroupedSeriesPoint": ".usage_grouped_series_point",
    "UsageLogResponse": ".usage_log_response",
    "UsageSeriesBucket": ".usage_series_bucket",
    "UsageSeriesGroupBy": ".usage_series_group_by",
    "UsageSeriesPoint": ".usage_series_point",
    "UsageSeriesQuery": ".usage_series_query",
    "UsageSeriesQueryBucket": ".usage_series_query_bucket",
    "UsageSeriesQueryGroupBy": ".usage_series_query_group_by",
    "UsageSeriesQueryToolType0": ".usage_series_query_tool_type_0",
    "UsageSeriesToolType0": ".usage_series_tool_type_0",
    "UsageSetPriceRequest": ".usage_set_price_request",
    "UsageSetPriceResult": ".usage_set_price_result",
    "UsageSummary": ".usage_summary",
    "UsageSummaryBucket": ".usage_summary_bucket",
    "UsageSummaryCsvQuery": ".usage_summary_csv_query",
    "UsageSummaryCsvQueryToolType0": ".usage_summary_csv_query_tool_type_0",
    "UsageSummaryCsvToolType0": ".usage_summary_csv_tool_type_0",
    "UsageSummaryDimensionsType0Item": ".usage_summary_dimensions_type_0_item",
    "UsageSummaryQuery": ".usage_summary_query",
    "UsageSummaryQueryBucket": ".usage_summary_query_bucket",
    "UsageSummaryQueryDimensionsType0Item": ".usage_summary_query_dimensions_type_0_item",
    "UsageSummaryQueryToolType0": ".usage_summary_query_tool_type_0",
    "UsageSummaryToolType0": ".usage_summary_tool_type_0",
    "UsageToolRow": ".usage_tool_row",
    "UsageTotals": ".usage_totals",
    "UserResponse": ".user_response",
    "ValidateInvitationRequest": ".validate_invitation_request",
    "ValidationError": ".validation_error",
    "VerifyEmailRequest": ".verify_email_request",
    "VerifyEmailResponse": ".verify_email_response",
    "WorkspaceActivationPublic": ".workspace_activation_public",
    "WorkspaceActivationPublicStatus": ".workspace_activation_public_status",
    "WorkspaceAssignmentRequest": ".workspace_assignment_request",
    "WorkspaceAssignmentRequestRole": ".workspace_assignment_request_role",
    "WorkspaceCodeExecutionPolicyPublic": ".workspace_code_execution_policy_public",
    "WorkspaceCodeExecutionPolicyUpdate": ".workspace_code_execution_policy_update",
    "WorkspaceCreate": ".workspace_create",
    "WorkspaceMcpServerCreate": ".workspace_mcp_server_create",
    "WorkspaceMcpServerPublic": ".workspace_mcp_server_public",
    "WorkspaceMcpServerUpdate": ".workspace_mcp_server_update",
    "WorkspaceMcpServersPublic": ".workspace_mcp_servers_public",
    "WorkspaceMemberBudgetPoliciesPublic": ".workspace_member_budget_policies_public",
    "WorkspaceMemberBudgetPolicyCreate": ".workspace_member_budget_policy_create",
    "WorkspaceMemberBudgetPolicyPublic": ".workspace_member_budget_policy_public",
    "WorkspaceMemberBudgetPolicyUpdate": ".workspace_member_budget_policy_update",
    "WorkspaceMemberPublic": ".workspace_member_public",
    "WorkspaceMembersPublic": ".workspace_members_public",
    "WorkspaceProviderKeyOverridePublic": ".workspace_provider_key_override_public",
    "WorkspaceProviderKeyOverrideRequest": ".workspace_provider_key_override_request",
    "WorkspaceProviderKeyOverridesPublic": ".workspace_provider_key_overrides_public",
    "WorkspaceProviderModelRestrictionRequest": ".workspace_provider_model_restriction_request",
    "WorkspaceProviderModelRestrictionsPublic": ".workspace_provider_model_restrictions_public",
    "WorkspacePublic": ".workspace_public",
    "WorkspaceUpdate": ".workspace_update",
    "WorkspacesPublic": ".workspaces_public",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AcceptInvitationRequest",
    "AcceptInvitationResultPublic",
    "ActivationApiKeyPublic",
    "ActivationAttemptPublic",
    "ActivationAttemptPublicErrorCategoryType0",
    "ActivationAttemptPublicStatus",
    "ActiveOrganizationMemberCreateRequest",
    "ActiveOrganizationMemberCreateRequestRole",
    "ActiveOrganizationMemberCreateResultPublic",
    "ActiveOrganizationMemberCreateResultPublicStatus",
    "ActiveOrganizationMemberPublic",
    "ActiveOrganizationMembersPublic",
    "ActiveOrganizationMemberUpdateRequest",
    "ActiveOrganizationMemberUpdateRequestRoleType0",
    "ActiveOrganizationMemberUpdateRequestStatusType0",
    "ActiveOrganizationUpdateRequest",
    "AddWorkspaceMemberQuery",
    "AddWorkspaceMemberQueryRole",
    "AddWorkspaceMemberRole",
    "AgentTelemetryBehavior",
    "AgentTelemetryCount",
    "AgentTelemetryDeleteRequest",
    "AgentTelemetryDeleteResult",
    "AgentTelemetryGroupedSeries",
    "AgentTelemetryGroupedSeriesBucket",
    "AgentTelemetryGroupedSeriesGroupBy",
    "AgentTelemetryGroupedSeriesPoint",
    "AgentTelemetryGroupRow",
    "AgentTelemetryMeasures",
    "AgentTelemetryOutcomes",
    "AgentTelemetrySeriesBucket",
    "AgentTelemetrySeriesGroupBy",
    "AgentTelemetrySeriesPoint",
    "AgentTelemetrySeriesQuery",
    "AgentTelemetrySeriesQueryBucket",
    "AgentTelemetrySeriesQueryGroupBy",
    "AgentTelemetrySummary",
    "AgentTelemetrySummaryBucket",
    "AgentTelemetrySummaryQuery",
    "AgentTelemetrySummaryQueryBucket",
    "AgentTelemetryToolRow",
    "AgentTelemetryUsage",
    "AliasRequest",
    "AliasResponse",
    "AudioSpeechRequest",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchList",
    "BatchRequestCounts",
    "BatchRequestItem",
    "BatchResultError",
    "BatchResultItem",
    "BatchResults",
    "BillingMeters",
    "BudgetResetLogResponse",
    "BudgetResponse",
    "CallerWorkspaceMembershipPublic",
    "CancelBatchQuery",
    "CandidateResponse",
    "ChatCompletion",
    "ChatCompletionAnnotation",
    "ChatCompletionAudio",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionChunkFunction",
    "ChatCompletionChunkToolCall",
    "ChatCompletionFunctionCall",
    "ChatCompletionLogprobs",
    "ChatCompletionMessage",
    "ChatCompletionMessageToolCall",
    "ChatCompletionReasoning",
    "ChatCompletionRequest",
    "ChatCompletionRequestReasoningEffortType0",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTopLogprob",
    "ChatCompletionUrlCitation",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "ConfigField",
    "ConfigFieldType",
    "ConfigSearchToolSchema",
    "CountAgentTelemetryQuery",
    "CountTokensRequest",
    "CountTokensResponse",
    "CountUsageQuery",
    "CountUsageQueryToolType0",
    "CountUsageToolType0",
    "CreateBatchRequest",
    "CreateBudgetRequest",
    "CreateBudgetRequestResetAlignmentType0",
    "CreateEmbeddingResponse",
    "CreateFileRequest",
    "CreateKeyRequest",
    "CreateKeyResponse",
    "CreateModerationQuery",
    "CreateScopedBudgetRequest",
    "CreateScopedBudgetRequestScopeType",
    "CreateSearchToolRequest",
    "CreateSessionRequest",
    "CreateStoredProviderRequest",
    "CreateUserRequest",
    "DeleteAliasQuery",
    "DeleteFileQuery",
    "DeletePolicyQuery",
    "DeletePricingQuery",
    "DeploymentBootstrap",
    "DeploymentBootstrapDeploymentType",
    "DeploymentBootstrapSessionType",
    "DeploymentBootstrapSignInMethodsItem",
    "DiscoverableModel",
    "DiscoverableModelsResponse",
    "DiscoverableProvider",
    "DroppedResponse",
    "Embedding",
    "EmbeddingRequest",
    "EmbeddingUsage",
    "ExplainRequest",
    "ExplainResponse",
    "ExternalEventsRequest",
    "ExternalIngestError",
    "ExternalIngestResult",
    "ExternalUsageEvent",
    "FileDeleted",
    "FileList",
    "FileObject",
    "GatewaySettings",
    "GatewaySettingsMasterKeySource",
    "GetFileContentQuery",
    "GetFileQuery",
    "GetPricingQuery",
    "GetUserUsageQuery",
    "GuardrailConfig",
    "GuardrailConfigMode",
    "GuardrailConfigOnItem",
    "GuardrailConfigOnUnavailable",
    "HealthStatus",
    "HTTPValidationError",
    "Image",
    "ImageGenerationRequest",
    "ImagesResponse",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "InFlightEntry",
    "InFlightResponse",
    "InvitationPreviewPublic",
    "InviteOrganizationMemberRequest",
    "InviteOrganizationMemberRequestRole",
    "InviteOrganizationMemberResultPublic",
    "KeyInfo",
    "KnownProviderSchema",
    "KnownProviderSummarySchema",
    "LearnedPolicy",
    "ListActiveOrganizationMembersQuery",
    "ListAliasesQuery",
    "ListBatchesQuery",
    "ListBudgetResetLogsQuery",
    "ListBudgetsQuery",
    "ListDiscoverableModelsQuery",
    "ListFilesQuery",
    "ListKeysQuery",
    "ListModelsQuery",
    "ListOrganizationPricingQuery",
    "ListOrgProviderKeysQuery",
    "ListPoliciesQuery",
    "ListPricingQuery",
    "ListScopedBudgetsQuery",
    "ListScopedBudgetsQueryScopeTypeType0",
    "ListScopedBudgetsScopeTypeType0",
    "ListUsageQuery",
    "ListUsageQueryToolType0",
    "ListUsageToolType0",
    "ListUsersQuery",
    "ListWorkspaceBudgetDefaultsQuery",
    "ListWorkspaceMcpServersQuery",
    "ListWorkspaceMembersQuery",
    "ListWorkspacesQuery",
    "MailSettings",
    "ManagedTool",
    "McpServerConfig",
    "Message",
    "MessageCacheCreation",
    "MessageCitation",
    "MessageContentBlock",
    "MessageDeltaUsage",
    "MessageServerToolUsage",
    "MessagesRequest",
    "MessageStreamDelta",
    "MessageStreamError",
    "MessageStreamEvent",
    "MessageUsage",
    "ModelListResponse",
    "ModelMetadata",
    "ModelMetadataResponse",
    "ModelObject",
    "ModelPricingInfo",
    "ModerationRequest",
    "ModerationResponse",
    "ModerationResult",
    "OrganizationMembershipContextPublic",
    "OrganizationModelPricingCreate",
    "OrganizationModelPricingPublic",
    "OrganizationModelPricingsPublic",
    "OrganizationModelPricingUpdate",
    "OrganizationPublic",
    "OrgProviderKeyCreateRequest",
    "OrgProviderKeyPublic",
    "OrgProviderKeysPublic",
    "OrgProviderKeyUpdateRequest",
    "OtlpExportResponse",
    "PasswordResponse",
    "PolicyRequest",
    "PolicyResponse",
    "PoolStatus",
    "PricingRefreshChangeResponse",
    "PricingRefreshConfirmationResponse",
    "PricingRefreshPreviewResponse",
    "PricingResponse",
    "PricingTier",
    "ProviderCapabilitiesSchema",
    "ProviderHealthQuery",
    "ProviderHealthResponse",
    "ProviderHealthSchema",
    "ProviderInfoSchema",
    "ProvidersResponse",
    "RankRequest",
    "RankResponse",
    "ReadinessStatus",
    "RecordedPool",
    "ReencryptProviderCredentialsResponse",
    "ReencryptSearchToolsResponse",
    "RequestPasswordResetRequest",
    "RequestPasswordResetResponse",
    "RerankDocument",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "RerankUsage",
    "ResendVerificationRequest",
    "ResendVerificationResponse",
    "ResetPasswordRequest",
    "ResponseAnnotation",
    "ResponseError",
    "ResponseIncompleteDetails",
    "ResponseInputTokensDetails",
    "ResponseLogprob",
    "ResponseObject",
    "ResponseOutputContent",
    "ResponseOutputItem",
    "ResponseOutputTokensDetails",
    "ResponsesRequest",
    "ResponseStreamEvent",
    "ResponseSummaryPart",
    "ResponseTopLogprob",
    "ResponseUsage",
    "RetrieveBatchQuery",
    "RetrieveBatchResultsQuery",
    "RotateMasterKeyResponse",
    "RouterStatus",
    "RoutingMemoryStatusQuery",
    "ScopedBudgetResponse",
    "ScoredExample",
    "SearchProviderSchema",
    "SearchRequest",
    "SearchResponse",
    "SearchResultItem",
    "SearchToolsResponse",
    "SendTestMailRequest",
    "SendTestMailResponse",
    "SessionResponse",
    "SetPasswordRequest",
    "SetPricingRequest",
    "SignupRequest",
    "SignupResponse",
    "StatusMessage",
    "StoredProviderResponse",
    "StoredSearchToolSchema",
    "TaskPool",
    "TestProviderRequest",
    "TestProviderResponse",
    "TestServiceRequest",
    "TestServiceResponse",
    "TokenChargeLine",
    "ToolMeter",
    "ToolSettingField",
    "ToolSettingFieldService",
    "ToolSettingFieldType",
    "ToolSettingsResponse",
    "ToolsResponse",
    "Transcription",
    "TranscriptionLogprob",
    "TranscriptionRequest",
    "TranscriptionSegment",
    "TranscriptionUsage",
    "TranscriptionUsageInputTokenDetails",
    "TranscriptionWord",
    "UnitChargeLine",
    "UpdateBudgetRequest",
    "UpdateBudgetRequestResetAlignmentType0",
    "UpdateKeyRequest",
    "UpdateScopedBudgetRequest",
    "UpdateSearchToolRequest",
    "UpdateSettingsRequest",
    "UpdateSettingsRequestStreamMissingUsagePolicyType0",
    "UpdateSettingsRequestVisionStrategyType0",
    "UpdateStoredProviderRequest",
    "UpdateToolSettingsRequest",
    "UpdateUserRequest",
    "UpdateWorkspaceMemberRoleQuery",
    "UpdateWorkspaceMemberRoleQueryRole",
    "UpdateWorkspaceMemberRoleRole",
    "UsageCount",
    "UsageDeleteRequest",
    "UsageDeleteResult",
    "UsageEntry",
    "UsageErrorCodeRow",
    "UsageErrorCodeRowErrorClass",
    "UsageGroupedSeries",
    "UsageGroupedSeriesBucket",
    "UsageGroupedSeriesGroupBy",
    "UsageGroupedSeriesPoint",
    "UsageGroupRow",
    "UsageLogResponse",
    "UsageSeriesBucket",
    "UsageSeriesGroupBy",
    "UsageSeriesPoint",
    "UsageSeriesQuery",
    "UsageSeriesQueryBucket",
    "UsageSeriesQueryGroupBy",
    "UsageSeriesQueryToolType0",
    "UsageSeriesToolType0",
    "UsageSetPriceRequest",
    "UsageSetPriceResult",
    "UsageSummary",
    "UsageSummaryBucket",
    "UsageSummaryCsvQuery",
    "UsageSummaryCsvQueryToolType0",
    "UsageSummaryCsvToolType0",
    "UsageSummaryDimensionsType0Item",
    "UsageSummaryQuery",
    "UsageSummaryQueryBucket",
    "UsageSummaryQueryDimensionsType0Item",
    "UsageSummaryQueryToolType0",
    "UsageSummaryToolType0",
    "UsageToolRow",
    "UsageTotals",
    "UserResponse",
    "ValidateInvitationRequest",
    "ValidationError",
    "VerifyEmailRequest",
    "VerifyEmailResponse",
    "WorkspaceActivationPublic",
    "WorkspaceActivationPublicStatus",
    "WorkspaceAssignmentRequest",
    "WorkspaceAssignmentRequestRole",
    "WorkspaceCodeExecutionPolicyPublic",
    "WorkspaceCodeExecutionPolicyUpdate",
    "WorkspaceCreate",
    "WorkspaceMcpServerCreate",
    "WorkspaceMcpServerPublic",
    "WorkspaceMcpServersPublic",
    "WorkspaceMcpServerUpdate",
    "WorkspaceMemberBudgetPoliciesPublic",
    "WorkspaceMemberBudgetPolicyCreate",
    "WorkspaceMemberBudgetPolicyPublic",
    "WorkspaceMemberBudgetPolicyUpdate",
    "WorkspaceMemberPublic",
    "WorkspaceMembersPublic",
    "WorkspaceProviderKeyOverridePublic",
    "WorkspaceProviderKeyOverrideRequest",
    "WorkspaceProviderKeyOverridesPublic",
    "WorkspaceProviderModelRestrictionRequest",
    "WorkspaceProviderModelRestrictionsPublic",
    "WorkspacePublic",
    "WorkspacesPublic",
    "WorkspaceUpdate",
)
