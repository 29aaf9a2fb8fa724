/**
 * Friendly names for the API's shapes. They are aliases of the generated OpenAPI schema, so
 * a change on the server shows up here as a type error after `gen:api`, never as silent drift.
 */
import type { components, paths } from './api-schema';

type Schemas = components['schemas'];

export type Me = Schemas['MeDto'];
export type LoginResult = Schemas['LoginResultDto'];
export type DevUser = Schemas['DevUserDto'];
export type PlaceRef = Schemas['PlaceRefDto'];
export type RoleGrant = Schemas['RoleGrantDto'];
export type MyHousehold = Schemas['MyHouseholdDto'];
export type ErrorBody = Schemas['ErrorBodyDto'];
export type ErrorCode = ErrorBody['code'];

// 双报到 (double reporting)
export type WorkUnit = Schemas['WorkUnitDto'];
export type NewWorkUnit = Schemas['NewWorkUnitDto'];
export type WorkUnitKind = Schemas['WorkUnitKind'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type Skill = Schemas['Skill'];
export type AvailabilitySlot = Schemas['AvailabilitySlot'];
export type ResourceKind = Schemas['ResourceKind'];
export type ResourceOffer = Schemas['ResourceOfferDto'];
export type MemberRegistration = Schemas['MemberRegistrationDto'];
export type SubmitMemberRegistration = Schemas['SubmitMemberRegistrationDto'];
export type UnitRegistration = Schemas['UnitRegistrationDto'];
export type SubmitUnitRegistration = Schemas['SubmitUnitRegistrationDto'];
export type UnitMember = Schemas['UnitMemberDto'];
export type ServiceRecord = Schemas['ServiceRecordDto'];

// 微心愿 (the wish wall)
export type WishCategory = Schemas['WishCategory'];
export type WishStatus = WishPublic['status'];
export type WishPhotoKind = Schemas['WishPhotoKind'];
export type WishPublic = Schemas['WishPublicDto'];
export type WishManage = Schemas['WishManageDto'];
export type WishPage = Schemas['WishPageDto'];
export type WishCounts = Schemas['WishCountsDto'];
export type WishContact = Schemas['WishContactDto'];
export type WishHistory = Schemas['WishHistoryDto'];
export type WishPhoto = Schemas['WishPhotoDto'];
export type CoClaimerCandidate = Schemas['CoClaimerCandidateDto'];
export type PostWish = Schemas['PostWishDto'];
export type ApproveWish = Schemas['ApproveWishDto'];
export type ConfirmWish = Schemas['ConfirmWishDto'];
export type WallQuery = NonNullable<paths['/api/v1/communities/{communityId}/wishes']['get']['parameters']['query']>;

// 微心愿: posting for a resident (代办) and the community's wish rules (心愿规则)
export type Place = Schemas['PlaceDto'];
export type Household = Schemas['HouseholdDto'];
export type Flat = Schemas['FlatDto'];
export type HouseholdResident = Schemas['HouseholdResidentDto'];
type WishSettingsPath = paths['/api/v1/communities/{communityId}/wish-settings'];
export type WishSettings = NonNullable<WishSettingsPath['get']>['responses'][200]['content']['application/json'];
export type UpdateWishSettings = NonNullable<NonNullable<WishSettingsPath['put']>['requestBody']>['content']['application/json'];

// 先锋岗 (pioneer / volunteer posts): shifts, claims with a waiting list, check-in, hours and points
export type PostType = Schemas['PostType'];
export type PostKind = Schemas['PostKind'];
export type ShiftStatus = Schemas['ShiftDto']['status'];
export type ShiftClaimStatus = Schemas['ShiftClaimStatus'];
export type PostSummary = Schemas['PostSummaryDto'];
export type Post = Schemas['PostDto'];
export type Shift = Schemas['ShiftDto'];
export type ShiftListItem = Schemas['ShiftListItemDto'];
export type ShiftPage = Schemas['ShiftPageDto'];
export type ShiftClaim = Schemas['ShiftClaimDto'];
export type ShiftRoster = Schemas['ShiftRosterDto'];
export type MyShift = Schemas['MyShiftDto'];
export type CheckInCode = Schemas['CheckInCodeDto'];
export type ServiceHours = Schemas['ServiceHoursDto'];
export type CreatePost = Schemas['CreatePostDto'];
export type UpdatePost = Schemas['UpdatePostDto'];
export type ShiftPlan = Schemas['ShiftPlanDto'];
export type UpdateShift = Schemas['UpdateShiftDto'];
export type CheckProof = Schemas['CheckProofDto'];
export type ConfirmHours = Schemas['ConfirmHoursDto'];
export type ShiftBoardQuery = NonNullable<paths['/api/v1/communities/{communityId}/shifts']['get']['parameters']['query']>;

// 邻里议事 (deliberation): topics and their discussion, ballots and their outcomes, tracked decisions
export type TopicListQuery = NonNullable<paths['/api/v1/communities/{communityId}/topics']['get']['parameters']['query']>;
export type TopicStage = NonNullable<TopicListQuery['stage']>;
export type TopicSummary = Schemas['TopicSummaryDto'];
export type Topic = Schemas['TopicDto'];
export type TopicPage = Schemas['TopicPageDto'];
export type ProposeTopic = Schemas['ProposeTopicDto'];
export type ScopeInput = Schemas['ScopeInputDto'];
export type ScopeView = Schemas['ScopeViewDto'];
export type TopicComment = Schemas['CommentDto'];
export type TopicCommentPage = Schemas['CommentPageDto'];
export type Ballot = Schemas['BallotDto'];
export type BallotSummary = Schemas['BallotSummaryDto'];
export type BallotOption = Schemas['BallotOptionDto'];
export type MyBallot = Schemas['MyBallotDto'];
export type BallotOutcome = Schemas['BallotOutcomeDto'];
export type TallyCheck = Schemas['TallyCheckDto'];
export type OptionTotal = Schemas['OptionTotalDto'];
export type BallotVotesExport = Schemas['BallotVotesExportDto'];
export type BallotTurnout = Schemas['BallotTurnoutDto'];
export type VoteChannelCounts = Schemas['VoteChannelCountsDto'];
export type BallotRollPage = Schemas['BallotRollPageDto'];
export type BallotRollLine = Schemas['BallotRollLineDto'];
export type PaperForm = Schemas['PaperFormDto'];
export type PaperVote = Schemas['PaperVoteDto'];
export type PaperVoteList = Schemas['PaperVoteListDto'];
export type CreateBallot = Schemas['CreateBallotDto'];
export type TopicBallotRule = Schemas['TopicBallotRule'];
export type FractionInput = Schemas['FractionDto'];
export type DecisionItem = Schemas['DecisionDto'];
export type DecisionSummary = Schemas['DecisionSummaryDto'];
export type DecisionPage = Schemas['DecisionPageDto'];
export type DecisionListQuery = NonNullable<paths['/api/v1/communities/{communityId}/decisions']['get']['parameters']['query']>;
export type DecisionListKind = Schemas['DecisionList'];
export type UpdateDecision = Schemas['UpdateDecisionDto'];
export type MilestoneInput = Schemas['MilestoneInputDto'];
export type AcceptanceBallotInput = Schemas['AcceptanceBallotDto'];
export type DeliberationPhoto = Schemas['DeliberationPhotoDto'];

// 社区工作台 (the secretary's workbench): one approval queue, the dashboard, points and the audit trail
export type QueueKind = Schemas['QueueKind'];
export type QueueItem = Schemas['QueueItemDto'];
export type QueuePage = Schemas['QueuePageDto'];
export type QueueCounts = Schemas['QueueCountsDto'];
export type BulkApproval = Schemas['BulkApprovalDto'];
export type Dashboard = Schemas['DashboardDto'];
export type DashboardCommunity = Schemas['DashboardCommunityDto'];
export type PointsPeriod = Schemas['PointsPeriod'];
export type RankingRow = Schemas['RankingRowDto'];
export type UnitRankingRow = Schemas['UnitRankingRowDto'];
export type PointsRules = Schemas['PointsRulesDto'];
export type UpdatePointsRules = Schemas['UpdatePointsRulesDto'];
export type PointsEntry = Schemas['PointsEntryDto'];
export type PointsEntryPage = Schemas['PointsEntryPageDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditPage = Schemas['AuditPageDto'];
export type AuditQuery = NonNullable<paths['/api/v1/places/{placeId}/audit']['get']['parameters']['query']>;
// 消息 (the in-app inbox), 导出 (Excel exports with progress), 举报处理 (reported wishes and topics)
export type Notice = Schemas['NotificationDto'];
export type NoticePage = Schemas['NotificationPageDto'];
export type ExportKind = Schemas['ExportKind'];
export type ExportJob = Schemas['ExportJobDto'];
export type ExportJobPage = Schemas['ExportJobPageDto'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportedContent = Schemas['ReportedContentDto'];
export type ReportedContentPage = Schemas['ReportedContentPageDto'];
export type MediaCheck = Schemas['MediaCheckDto'];
export type MediaCheckPage = Schemas['MediaCheckPageDto'];

// 个人信息 (PIPL): my data, who read my contact details, deletion; the secretary's access log.
export type MyDataExport = Schemas['MyDataExportDto'];
export type MyDataAccess = Schemas['MyDataAccessDto'];
export type PrivateDataAccess = Schemas['PrivateDataAccessDto'];
export type AccountDeletionDone = Schemas['AccountDeletionDoneDto'];
export type ConsentStatus = Schemas['ConsentStatusDto'];
