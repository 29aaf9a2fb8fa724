import { Art278Matter, BallotOutcome, BallotRule, BallotStatus, ScopeKind } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';
import { areaSumColumn } from './area-sum.column';

/**
 * A vote on a topic (or, with `decision_id`, the residents' acceptance of a decision's work).
 * The roll is frozen into ballot_elector when the ballot is created; the outcome is frozen into
 * `outcome` when it closes, and the closing UPDATE on this row is what stops further votes.
 */
@Entity('ballot')
@Index('ix_ballot_topic', ['topicId', 'id'])
@Index('ix_ballot_decision', ['decisionId', 'id'])
@Index('ix_ballot_due', ['status', 'closesAt'])
export class Ballot {
  @PrimaryId()
  id: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ name: 'topic_id', ...idColumn })
  topicId: string;

  @Column({ name: 'decision_id', ...optionalIdColumn })
  decisionId: string | null;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'simple-enum', enum: BallotRule })
  rule: BallotRule;

  @Column({ type: 'simple-enum', enum: Art278Matter, nullable: true })
  matter: Art278Matter | null;

  @Column({ name: 'quorum_numerator', type: 'int', nullable: true })
  quorumNumerator: number | null;

  @Column({ name: 'quorum_denominator', type: 'int', nullable: true })
  quorumDenominator: number | null;

  @Column({ name: 'threshold_numerator', type: 'int', nullable: true })
  thresholdNumerator: number | null;

  @Column({ name: 'threshold_denominator', type: 'int', nullable: true })
  thresholdDenominator: number | null;

  @Column({ type: 'boolean', default: false })
  secret: boolean;

  @Column({ name: 'allow_change', type: 'boolean', default: false })
  allowChange: boolean;

  @Column({ name: 'scope_kind', type: 'simple-enum', enum: ScopeKind })
  scopeKind: ScopeKind;

  @Column({ name: 'scope_place_id', ...optionalIdColumn })
  scopePlaceId: string | null;

  @Column({ name: 'scope_household_count', type: 'int', nullable: true })
  scopeHouseholdCount: number | null;

  /** Electors on the frozen roll (people, households, or owners by headcount). */
  @Column({ name: 'electorate_count', type: 'int' })
  electorateCount: number;

  /** Owners' ballots: the roll's total exclusive area in hundredths of m²; 0 otherwise. */
  @Column({ name: 'electorate_area', ...areaSumColumn })
  electorateArea: number;

  @Column({ name: 'opens_at', type: 'datetime', precision: 3 })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'datetime', precision: 3 })
  closesAt: Date;

  @Column({ type: 'simple-enum', enum: BallotStatus })
  status: BallotStatus;

  /** Bumped by every vote as it commits, while the ballot is open (ballot-open-lock.ts): what orders votes against the close on every engine. */
  @Column({ name: 'vote_seq', type: 'int', default: 0, select: false })
  voteSeq?: number;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  /** The tally with every figure, frozen at closing. */
  @Column({ type: 'simple-json', nullable: true })
  outcome: BallotOutcome | null;

  @Column({ name: 'created_by', ...idColumn })
  createdBy: string;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
