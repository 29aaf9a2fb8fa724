import { Injectable } from '@nestjs/common';
import { BallotRollPage, BallotView, PaperFormView, PaperVoteView, VoteChannel } from '@linli/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { API_PREFIX } from '../app.constants';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { User } from '../identity/user.entity';
import { Owner } from '../places/owner.entity';
import { checkImage } from '../storage/image-check';
import { PhotoEncoder } from '../storage/photo-encoder';
import { PhotoStorage } from '../storage/photo-storage';
import { SignedUrls } from '../storage/signed-urls';
import { BallotElector } from './ballot-elector.entity';
import { assertVoting, lockOpen } from './ballot-open-lock';
import { BallotOption } from './ballot-option.entity';
import { BallotPaperForm } from './ballot-paper-form.entity';
import { BallotParticipation } from './ballot-participation.entity';
import { BallotVote } from './ballot-vote.entity';
import { Ballot } from './ballot.entity';
import { BallotsService } from './ballots.service';
import { RecordPaperVoteDto } from './dto/paper-vote.dto';
import { PaperRecorders } from './paper-recorders';

export function paperFormContentPath(formId: string): string {
  return `/${API_PREFIX}/ballot-paper-forms/${formId}/content`;
}

const ROLL_PAGE = 50;

/**
 * Paper and door-to-door votes (纸质表决 / 入户征询): the photo of the signed form first, then the
 * vote it backs. A paper vote is a participation row with channel 'paper' plus its vote, so the
 * same unique key as online votes keeps it to one vote per roll line across both channels.
 */
@Injectable()
export class PaperVotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly ballots: BallotsService,
    private readonly recorders: PaperRecorders,
    private readonly storage: PhotoStorage,
    private readonly encoder: PhotoEncoder,
    private readonly urls: SignedUrls,
  ) {}

  /** Stores the photo of a signed form for an open ballot. The caller is the secretary or one of the community's grid workers (the route's guard). */
  async uploadForm(actorId: string, ballotId: string, content: Buffer): Promise<PaperFormView> {
    const ballot = await this.ballots.require(ballotId);
    assertVoting(ballot, new Date());
    if (!checkImage(content)) throw new DomainError('BALLOT_PAPER_FORM_NOT_IMAGE');
    // Re-encoded like every photo: a form photographed at the voter's door must not keep its GPS.
    const encoded = await this.encoder.encode(content);
    if (!encoded) throw new DomainError('BALLOT_PAPER_FORM_UNREADABLE');
    const image = encoded.full;
    const id = newId();
    const storageKey = `ballot-paper/${ballotId}/${id}.${image.extension}`;
    await this.storage.put(storageKey, image.content);
    try {
      // The form row and its audit line commit together.
      await this.transactions.run(async (manager) => {
        await manager.insert(BallotPaperForm, { id, ballotId, communityId: ballot.communityId, storageKey, mime: image.mime, uploadedBy: actorId });
        await this.audit.record(manager, {
          actorId,
          action: 'deliberation.ballot.paper_form',
          targetType: 'ballot',
          targetId: ballotId,
          placeId: ballot.communityId,
          after: { formId: id },
        });
      });
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
    return { id, url: this.urls.sign(paperFormContentPath(id)) };
  }

  /**
   * Records the vote a roll line cast on paper. Everything is checked before anything is written;
   * then one transaction writes the participation (channel 'paper', with its form), the choice (on a
   * secret ballot unlinked exactly as online) and the audit line. Retrying with the same form is a no-op.
   */
  async record(actorId: string, ballotId: string, body: RecordPaperVoteDto): Promise<BallotView> {
    const ballot = await this.ballots.require(ballotId);
    const option = await this.dataSource.getRepository(BallotOption).findOne({ select: { id: true }, where: { id: body.optionId, ballotId } });
    if (!option) throw new DomainError('BALLOT_OPTION_INVALID');
    const line = await this.dataSource.getRepository(BallotElector).findOne({ where: { id: body.voterKey, ballotId } });
    if (!line) throw new DomainError('BALLOT_PAPER_VOTER_NOT_ON_ROLL');
    await this.recorders.assertMayRecord(actorId, ballot, line);
    if (!body.formId) throw new DomainError('BALLOT_PAPER_FORM_REQUIRED');
    const form = await this.dataSource.getRepository(BallotPaperForm).findOne({ select: { id: true, uploadedBy: true }, where: { id: body.formId, ballotId } });
    if (!form || form.uploadedBy !== actorId) throw new DomainError('BALLOT_PAPER_FORM_NOT_FOUND');
    assertVoting(ballot, new Date());
    try {
      await this.transactions.run(async (manager) => {
        await lockOpen(manager, ballotId);
        await manager.insert(BallotParticipation, {
          id: newId(),
          ballotId,
          voterKey: line.voterKey,
          castBy: actorId,
          castAt: new Date(),
          channel: VoteChannel.Paper,
          paperFormId: form.id,
        });
        await manager.insert(BallotVote, {
          // Random, not time-ordered, as online: the row must not tell when (so for whom) a secret vote was recorded.
          id: randomUUID(),
          ballotId,
          voterKey: ballot.secret ? null : line.voterKey,
          optionId: option.id,
          areaHundredths: line.areaHundredths,
        });
        await this.audit.record(manager, {
          actorId,
          action: 'deliberation.ballot.paper_vote',
          targetType: 'ballot',
          targetId: ballotId,
          placeId: ballot.communityId,
          // The choice is audited only where the ballot is open about choices anyway.
          after: { voterKey: line.voterKey, channel: VoteChannel.Paper, formId: form.id, ...(ballot.secret ? {} : { optionId: option.id }) },
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.again(ballot, line, form.id, option.id);
    }
    return this.ballots.view(actorId, ballotId);
  }

  /** The roll line has voted already, or the form backs another vote: a retry of this very record is fine, anything else a clear refusal. */
  private async again(ballot: Ballot, line: BallotElector, formId: string, optionId: string): Promise<void> {
    const participation = await this.dataSource.getRepository(BallotParticipation).findOne({ where: { ballotId: ballot.id, voterKey: line.voterKey } });
    if (!participation) throw new DomainError('BALLOT_PAPER_FORM_USED');
    if (participation.channel === VoteChannel.Online) throw new DomainError('BALLOT_ALREADY_VOTED_ONLINE');
    if (participation.paperFormId !== formId) throw new DomainError('BALLOT_ALREADY_VOTED_ON_PAPER');
    if (ballot.secret) return; // the same form again: a retried request (its choice cannot be compared, by design)
    const vote = await this.dataSource
      .getRepository(BallotVote)
      .findOneOrFail({ select: { id: true, optionId: true }, where: { ballotId: ballot.id, voterKey: line.voterKey } });
    // A recorded paper vote is final: correcting it would need a new signed form, not an edit.
    if (vote.optionId !== optionId) throw new DomainError('BALLOT_ALREADY_VOTED_ON_PAPER');
  }

  /** The roll for the recorder to pick from: who is on it and whether their vote is in (never what it was). */
  async roll(ballotId: string, q: string | undefined, limit = ROLL_PAGE): Promise<BallotRollPage> {
    const query = this.dataSource
      .getRepository(BallotElector)
      .createQueryBuilder('e')
      .leftJoin(BallotParticipation, 'p', 'p.ballotId = e.ballotId AND p.voterKey = e.voterKey')
      .leftJoin(User, 'u', 'u.id = e.userId')
      .leftJoin(Owner, 'o', 'o.id = e.ownerId')
      .where('e.ballotId = :ballotId', { ballotId });
    const search = (q ?? '').replace(/[%_\\]/g, '').trim();
    if (search) query.andWhere('(e.label LIKE :q OR u.displayName LIKE :q OR o.name LIKE :q)', { q: `%${search}%` });
    const total = await query.getCount();
    const rows = await query
      .select('e.id', 'id')
      .addSelect('e.label', 'label')
      .addSelect('u.displayName', 'userName')
      .addSelect('o.name', 'ownerName')
      .addSelect('p.channel', 'channel')
      .orderBy('e.voterKey', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string; label: string; userName: string | null; ownerName: string | null; channel: VoteChannel | null }>();
    return {
      total,
      items: rows.map((r) => ({
        voterKey: r.id,
        label: lineLabel(r.label, r.userName, r.ownerName),
        voted: r.channel !== null,
        channel: r.channel,
      })),
    };
  }

  /** Paper votes with their forms: every one for the secretary, a grid worker's own for them. Who took part, never the choice. */
  async list(actorId: string, ballotId: string): Promise<PaperVoteView[]> {
    const ballot = await this.ballots.require(ballotId);
    const standing = await this.recorders.standing(actorId, await this.access.requirePlace(ballot.communityId));
    const query = this.dataSource
      .getRepository(BallotParticipation)
      .createQueryBuilder('p')
      .innerJoin(BallotElector, 'e', 'e.ballotId = p.ballotId AND e.voterKey = p.voterKey')
      .leftJoin(User, 'u', 'u.id = e.userId')
      .leftJoin(Owner, 'o', 'o.id = e.ownerId')
      .leftJoin(User, 'r', 'r.id = p.castBy')
      .select('e.id', 'voterKey')
      .addSelect('e.label', 'label')
      .addSelect('u.displayName', 'userName')
      .addSelect('o.name', 'ownerName')
      .addSelect('r.displayName', 'recorder')
      .addSelect('p.castAt', 'castAt')
      .addSelect('p.paperFormId', 'formId')
      .where('p.ballotId = :ballotId AND p.channel = :paper', { ballotId, paper: VoteChannel.Paper })
      .orderBy('e.voterKey', 'ASC');
    if (!standing.secretary) query.andWhere('p.castBy = :actorId', { actorId });
    const rows = await query.getRawMany<{
      voterKey: string;
      label: string;
      userName: string | null;
      ownerName: string | null;
      recorder: string | null;
      castAt: Date | string;
      formId: string;
    }>();
    return rows.map((r) => ({
      voterKey: r.voterKey,
      label: lineLabel(r.label, r.userName, r.ownerName),
      recordedBy: r.recorder ?? '',
      recordedAt: toDate(r.castAt).toISOString(),
      form: { id: r.formId, url: this.urls.sign(paperFormContentPath(r.formId)) },
    }));
  }

  /** The bytes behind a signed URL; an expired or forged signature reads as missing. */
  async content(formId: string, expires?: string, sig?: string): Promise<{ mime: string; content: Buffer }> {
    if (!this.urls.verify(paperFormContentPath(formId), expires, sig)) throw new DomainError('BALLOT_PAPER_FORM_NOT_FOUND');
    const form = formId.length <= 64 ? await this.dataSource.getRepository(BallotPaperForm).findOne({ where: { id: formId } }) : null;
    const content = form ? await this.storage.get(form.storageKey) : null;
    if (!form || !content) throw new DomainError('BALLOT_PAPER_FORM_NOT_FOUND');
    return { mime: form.mime, content };
  }
}

/** A resident's line reads '本人' on the roll; the recorder needs the name. Owners' lines get the owner's name before the flat. */
function lineLabel(label: string, userName: string | null, ownerName: string | null): string {
  if (userName) return userName;
  return ownerName ? `${ownerName} · ${label}` : label;
}

/** Raw datetime columns come back as Date from mysql2 and as text from SQLite (stored in UTC). */
function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
