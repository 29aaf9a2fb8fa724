import { AuditLog } from '../audit/audit-log.entity';
import { Ballot } from '../deliberation/ballot.entity';
import { BallotElector } from '../deliberation/ballot-elector.entity';
import { BallotOption } from '../deliberation/ballot-option.entity';
import { BallotPaperForm } from '../deliberation/ballot-paper-form.entity';
import { BallotParticipation } from '../deliberation/ballot-participation.entity';
import { BallotVote } from '../deliberation/ballot-vote.entity';
import { CommentReport } from '../deliberation/comment-report.entity';
import { Decision } from '../deliberation/decision.entity';
import { DecisionMilestone } from '../deliberation/decision-milestone.entity';
import { DecisionUpdate } from '../deliberation/decision-update.entity';
import { DeliberationPhoto } from '../deliberation/deliberation-photo.entity';
import { Topic } from '../deliberation/topic.entity';
import { TopicComment } from '../deliberation/topic-comment.entity';
import { TopicHousehold } from '../deliberation/topic-household.entity';
import { User } from '../identity/user.entity';
import { PrivateDataAccess } from '../privacy-rights/private-data-access.entity';
import { Household } from '../places/household.entity';
import { HouseholdMember } from '../places/household-member.entity';
import { HouseholdMemberPast } from '../households/household-member-past.entity';
import { KeptPerson } from '../households/kept-person.entity';
import { Owner } from '../places/owner.entity';
import { Place } from '../places/place.entity';
import { CommunityPointsRules } from '../points/community-points-rules.entity';
import { PointsBalance } from '../points/points-balance.entity';
import { PointsUnitBalance } from '../points/points-unit-balance.entity';
import { PointsDailyTotal } from '../points/points-daily-total.entity';
import { PointsEntry } from '../points/points-entry.entity';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { Post } from '../posts/post.entity';
import { PostEvent } from '../posts/post-event.entity';
import { PostShift } from '../posts/post-shift.entity';
import { ShiftClaim } from '../posts/shift-claim.entity';
import { MemberRegistration } from '../reporting/member-registration.entity';
import { UnitRegistration } from '../reporting/unit-registration.entity';
import { WorkUnit } from '../reporting/work-unit.entity';
import { RoleGrant } from '../roles/role-grant.entity';
import { HouseholdOwner } from '../places/household-owner.entity';
import { RegisterImport, RegisterImportPart } from '../register/register-import.entity';
import { AccountMerge } from '../onboarding/account-merge.entity';
import { JoinRequest } from '../onboarding/join-request.entity';
import { CommunityWishSettings } from '../wishes/community-wish-settings.entity';
import { Wish } from '../wishes/wish.entity';
import { WishClaim, WishCoClaimer } from '../wishes/wish-claim.entity';
import { WishEvent } from '../wishes/wish-event.entity';
import { WishPhoto } from '../wishes/wish-photo.entity';
import { CONTENT_ENTITIES } from '../content-safety/content-safety.entities';
import { EXPORT_ENTITIES } from '../exports/exports.entities';
import { NOTIFICATION_ENTITIES } from '../notifications/notifications.entities';
import { PRIVACY_ENTITIES } from '../privacy/privacy.entities';
import { WORKBENCH_ENTITIES } from '../workbench/workbench.entities';

export const ENTITIES = [
  User,
  Place,
  Owner,
  Household,
  HouseholdMember,
  HouseholdMemberPast,
  KeptPerson,
  HouseholdOwner,
  RegisterImport,
  RegisterImportPart,
  JoinRequest,
  AccountMerge,
  RoleGrant,
  AuditLog,
  PointsEntry,
  IdempotencyKey,
  WorkUnit,
  MemberRegistration,
  UnitRegistration,
  Wish,
  WishClaim,
  WishCoClaimer,
  WishEvent,
  WishPhoto,
  CommunityWishSettings,
  Post,
  PostShift,
  ShiftClaim,
  PostEvent,
  Topic,
  TopicHousehold,
  TopicComment,
  CommentReport,
  Ballot,
  BallotOption,
  BallotElector,
  BallotParticipation,
  BallotPaperForm,
  BallotVote,
  Decision,
  DecisionMilestone,
  DecisionUpdate,
  DeliberationPhoto,
  CommunityPointsRules,
  PointsDailyTotal,
  PointsBalance,
  PointsUnitBalance,
  PrivateDataAccess,
  ...WORKBENCH_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...PRIVACY_ENTITIES,
  ...CONTENT_ENTITIES,
  ...EXPORT_ENTITIES,
];
