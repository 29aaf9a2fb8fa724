import { ApiProperty } from '@nestjs/swagger';
import {
  Art278Matter,
  BallotOptionKind,
  BallotOptionView,
  BallotOutcome,
  BallotPhase,
  BallotRule,
  BallotSummaryView,
  BallotVotesExport,
  BallotView,
  CommentView,
  DecisionItemSummaryView,
  DecisionItemView,
  DecisionList,
  DeliberationPhotoView,
  DecisionStatus,
  Fraction,
  MediaCheckStatus,
  MilestoneView,
  MyBallotView,
  OptionTotal,
  ProgressUpdateView,
  ScopeKind,
  ScopeView,
  TallyCheck,
  TallyCheckKey,
  TallyElectorate,
  TallyMeasure,
  TallyReason,
  VoteChannel,
  TopicStatus,
  TopicSummaryView,
  TopicView,
} from '@linli/shared';
import { BallotTurnoutDto, VoteChannelCountsDto } from './paper-vote.dto';
import { PlaceRefDto } from '../../identity/dto/identity.dto';

const CHECK_KEYS: TallyCheckKey[] = [
  'quorum',
  'majority',
  'participation_area',
  'participation_headcount',
  'approval_area',
  'approval_headcount',
  'satisfaction',
];
const REASONS: TallyReason[] = ['passed', 'no_votes', 'no_quorum', 'not_approved', 'no_majority'];

export class FractionViewDto implements Fraction {
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
}

export class ScopeViewDto implements ScopeView {
  @ApiProperty({ enum: ScopeKind, enumName: 'ScopeKind' }) kind: ScopeKind;
  @ApiProperty({ type: PlaceRefDto, nullable: true }) place: PlaceRefDto | null;
  @ApiProperty({ type: Number, nullable: true }) householdCount: number | null;
  @ApiProperty() label: string;
}

export class ElectorateDto implements TallyElectorate {
  @ApiProperty({ description: 'Electors on the roll' }) count: number;
  @ApiProperty({ description: 'Owners’ ballots: total exclusive area, hundredths of m²' }) areaHundredths: number;
}

export class BallotSummaryDto implements BallotSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BallotRule, enumName: 'BallotRule' }) rule: BallotRule;
  @ApiProperty({ enum: BallotPhase, enumName: 'BallotPhase' }) phase: BallotPhase;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Only once closed' }) passed: boolean | null;
}

export class BallotOptionDto implements BallotOptionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: BallotOptionKind, enumName: 'BallotOptionKind' }) kind: BallotOptionKind;
  @ApiProperty() label: string;
}

export class MyBallotDto implements MyBallotView {
  @ApiProperty() eligible: boolean;
  @ApiProperty({ type: String, nullable: true }) ineligibleReason: string | null;
  @ApiProperty({ type: String, nullable: true }) votesAs: string | null;
  @ApiProperty({ type: String, nullable: true }) voterKey: string | null;
  @ApiProperty() cast: boolean;
  @ApiProperty() castByMe: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Never on a secret ballot' }) optionId: string | null;
  @ApiProperty() canChange: boolean;
  @ApiProperty({ enum: VoteChannel, enumName: 'VoteChannel', nullable: true }) channel: VoteChannel | null;
}

export class OptionTotalDto implements OptionTotal {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: BallotOptionKind, enumName: 'BallotOptionKind' }) kind: BallotOptionKind;
  @ApiProperty() votes: number;
  @ApiProperty() areaHundredths: number;
}

export class TallyCheckDto implements TallyCheck {
  @ApiProperty({ enum: CHECK_KEYS, enumName: 'TallyCheckKey' }) key: TallyCheckKey;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['votes', 'people', 'area'], enumName: 'TallyMeasure' }) measure: TallyMeasure;
  @ApiProperty() value: number;
  @ApiProperty() base: number;
  @ApiProperty({ type: FractionViewDto }) bound: FractionViewDto;
  @ApiProperty({ description: 'true: at least (以上); false: more than (过半数)' }) inclusive: boolean;
  @ApiProperty() met: boolean;
  @ApiProperty() statement: string;
}

export class TurnoutDto {
  @ApiProperty() votes: number;
  @ApiProperty() areaHundredths: number;
}

export class BallotOutcomeDto implements BallotOutcome {
  @ApiProperty({ enum: BallotRule, enumName: 'BallotRule' }) rule: BallotRule;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: String, nullable: true }) winningOptionId: string | null;
  @ApiProperty({ enum: REASONS, enumName: 'TallyReason' }) reason: TallyReason;
  @ApiProperty() summary: string;
  @ApiProperty({ type: ElectorateDto }) electorate: ElectorateDto;
  @ApiProperty({ type: TurnoutDto }) turnout: TurnoutDto;
  @ApiProperty({ type: [OptionTotalDto] }) options: OptionTotalDto[];
  @ApiProperty({ type: [TallyCheckDto] }) checks: TallyCheckDto[];
}

export class BallotDto extends BallotSummaryDto implements BallotView {
  @ApiProperty() topicId: string;
  @ApiProperty({ type: String, nullable: true }) decisionId: string | null;
  @ApiProperty() communityId: string;
  @ApiProperty({ enum: Art278Matter, enumName: 'Art278Matter', nullable: true }) matter: Art278Matter | null;
  @ApiProperty({ type: FractionViewDto, nullable: true }) quorum: FractionViewDto | null;
  @ApiProperty({ type: FractionViewDto, nullable: true }) threshold: FractionViewDto | null;
  @ApiProperty() secret: boolean;
  @ApiProperty() allowChange: boolean;
  @ApiProperty({ type: [BallotOptionDto] }) options: BallotOptionDto[];
  @ApiProperty({ type: ScopeViewDto }) scope: ScopeViewDto;
  @ApiProperty({ type: ElectorateDto }) electorate: ElectorateDto;
  @ApiProperty({ type: [String] }) ruleStatements: string[];
  @ApiProperty({ type: MyBallotDto }) me: MyBallotDto;
  @ApiProperty({ type: BallotOutcomeDto, nullable: true, description: 'Only once closed' }) outcome: BallotOutcomeDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt: string | null;
  @ApiProperty() canClose: boolean;
  @ApiProperty({ type: BallotTurnoutDto, nullable: true, description: 'Participation so far, no choices: for the roll, the secretary and grid workers' })
  turnout: BallotTurnoutDto | null;
  @ApiProperty({ type: VoteChannelCountsDto, nullable: true, description: 'Only once closed' }) channels: VoteChannelCountsDto | null;
  @ApiProperty() canRecordPaper: boolean;
}

export class VoteRowDto {
  @ApiProperty() optionId: string;
  @ApiProperty() areaHundredths: number;
}

export class BallotVotesExportDto implements BallotVotesExport {
  @ApiProperty() ballotId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BallotRule, enumName: 'BallotRule' }) rule: BallotRule;
  @ApiProperty({ enum: Art278Matter, enumName: 'Art278Matter', nullable: true }) matter: Art278Matter | null;
  @ApiProperty({ type: FractionViewDto, nullable: true }) quorum: FractionViewDto | null;
  @ApiProperty({ type: FractionViewDto, nullable: true }) threshold: FractionViewDto | null;
  @ApiProperty({ type: [BallotOptionDto] }) options: BallotOptionDto[];
  @ApiProperty({ type: ElectorateDto }) electorate: ElectorateDto;
  @ApiProperty({ type: [VoteRowDto] }) votes: VoteRowDto[];
  @ApiProperty({ type: BallotOutcomeDto }) outcome: BallotOutcomeDto;
  @ApiProperty({ type: VoteChannelCountsDto }) channels: VoteChannelCountsDto;
}

export class DecisionSummaryDto implements DecisionItemSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() topicId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DecisionList, enumName: 'DecisionList' }) list: DecisionList;
  @ApiProperty({ enum: DecisionStatus, enumName: 'DecisionStatus' }) status: DecisionStatus;
  @ApiProperty({ type: String, nullable: true }) responsible: string | null;
  @ApiProperty() milestonesDone: number;
  @ApiProperty() milestonesTotal: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MilestoneDto implements MilestoneView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) dueOn: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) doneAt: string | null;
}

export class ProgressUpdateDto implements ProgressUpdateView {
  @ApiProperty() id: string;
  @ApiProperty() note: string;
  @ApiProperty({ type: () => [DeliberationPhotoDto] }) photos: DeliberationPhotoDto[];
  @ApiProperty() authorName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DecisionDto extends DecisionSummaryDto implements DecisionItemView {
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
  @ApiProperty({ type: [MilestoneDto] }) milestones: MilestoneDto[];
  @ApiProperty({ type: [ProgressUpdateDto] }) updates: ProgressUpdateDto[];
  @ApiProperty({ type: BallotSummaryDto }) decidedBy: BallotSummaryDto;
  @ApiProperty({ type: [BallotSummaryDto] }) acceptanceBallots: BallotSummaryDto[];
  @ApiProperty() canManage: boolean;
}

export class DecisionPageDto {
  @ApiProperty({ type: [DecisionSummaryDto] }) items: DecisionSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class TopicSummaryDto implements TopicSummaryView {
  @ApiProperty() id: string;
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TopicStatus, enumName: 'TopicStatus' }) status: TopicStatus;
  @ApiProperty({ type: ScopeViewDto }) scope: ScopeViewDto;
  @ApiProperty() proposerName: string;
  @ApiProperty() commentCount: number;
  @ApiProperty({ type: BallotSummaryDto, nullable: true }) ballot: BallotSummaryDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DeliberationPhotoDto implements DeliberationPhotoView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Signed, expiring URL, for a detail view or a preview' }) url: string;
  @ApiProperty({ description: 'Signed, expiring URL of its thumbnail (≤ 480 px), for lists and cards' }) thumbUrl: string;
  @ApiProperty({ enum: MediaCheckStatus, enumName: 'MediaCheckStatus', description: 'The content check; others see passed photos only' })
  check: MediaCheckStatus;
}

export class TopicDto extends TopicSummaryDto implements TopicView {
  @ApiProperty() body: string;
  @ApiProperty({ type: [DeliberationPhotoDto] }) photos: DeliberationPhotoDto[];
  @ApiProperty() canAddPhotos: boolean;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
  @ApiProperty() canComment: boolean;
  @ApiProperty() canManage: boolean;
  @ApiProperty() isMine: boolean;
  @ApiProperty({ type: DecisionSummaryDto, nullable: true }) decision: DecisionSummaryDto | null;
  @ApiProperty({ description: 'Hidden by the secretary after reports (已隐藏)' }) hidden: boolean;
  @ApiProperty({ type: String, nullable: true }) hiddenReason: string | null;
}

export class TopicPageDto {
  @ApiProperty({ type: [TopicSummaryDto] }) items: TopicSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CommentDto implements CommentView {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
  @ApiProperty() authorName: string;
  @ApiProperty() byOfficial: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Null when hidden (except for the secretary)' }) body: string | null;
  @ApiProperty() hidden: boolean;
  @ApiProperty({ type: String, nullable: true }) hiddenReason: string | null;
  @ApiProperty({ description: '待审核: seen only by its author and the secretary until released' }) held: boolean;
  @ApiProperty() reportedByMe: boolean;
  @ApiProperty() reportCount: number;
  @ApiProperty() isMine: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: () => [CommentDto] }) replies: CommentDto[];
}

export class CommentPageDto {
  @ApiProperty({ type: [CommentDto] }) items: CommentDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ReportedDto {
  @ApiProperty() reported: true;
}
