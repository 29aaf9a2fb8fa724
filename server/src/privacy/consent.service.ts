import { Injectable } from '@nestjs/common';
import { ConsentKind, ConsentStatusView, CURRENT_POLICY, isKnownPolicyVersion } from '@linli/shared';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { newId } from '../database/ids';
import { TransactionRunner } from '../database/transaction-runner';
import { AgreedUsers } from './agreed-users';
import { PrivacyConsent } from './privacy-consent.entity';

/** Consent given in the app by the person themselves. */
export const IN_APP = 'app';

export interface ConsentRecord {
  userId: string;
  kind: ConsentKind;
  subjectId?: string;
  givenBy: string;
  method: string;
}

/** Records consents and answers whether someone agreed to the current documents. */
@Injectable()
export class ConsentService {
  private readonly agreed = new AgreedUsers();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async hasAgreedToCurrent(userId: string): Promise<boolean> {
    const version = CURRENT_POLICY.version;
    if (this.agreed.has(userId, version)) return true;
    const readAt = Date.now();
    const found = await this.dataSource
      .getRepository(PrivacyConsent)
      .exists({ where: { userId, kind: ConsentKind.Policy, policyVersion: version, subjectId: '', live: 1 } });
    if (found) this.agreed.remember(userId, version, readAt);
    return found;
  }

  async status(userId: string): Promise<ConsentStatusView> {
    const repo = this.dataSource.getRepository(PrivacyConsent);
    const [policy, location] = await Promise.all([
      repo.find({ where: { userId, kind: ConsentKind.Policy, live: 1 } }),
      repo.exists({ where: { userId, kind: ConsentKind.Location, live: 1 } }),
    ]);
    const current = policy.find((c) => c.policyVersion === CURRENT_POLICY.version);
    // Versions compare by their order of publication, not as strings.
    const newest = current ?? policy.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    return {
      currentVersion: CURRENT_POLICY.version,
      agreedVersion: newest?.policyVersion ?? null,
      agreedAt: newest?.createdAt.toISOString() ?? null,
      required: !current,
      location,
    };
  }

  /**
   * The person agrees, in the app, to the documents (or to location use) of `version`, which must
   * be the current one: agreeing to a text other than the one in force would prove nothing.
   * A retry finds the first record; its time stays the time of the first agreement.
   */
  async agree(userId: string, kind: ConsentKind.Policy | ConsentKind.Location, version: string): Promise<ConsentStatusView> {
    if (!isKnownPolicyVersion(version) || version !== CURRENT_POLICY.version) {
      throw new DomainError('PRIVACY_POLICY_VERSION_UNKNOWN', { currentVersion: CURRENT_POLICY.version });
    }
    try {
      // Through the runner even for one insert: on SQLite a write outside it would join whatever transaction holds the shared connection.
      await this.transactions.run((manager) => this.record(manager, { userId, kind, givenBy: userId, method: IN_APP }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return this.status(userId);
  }

  /**
   * Withdraws the person's consent (PIPL Art. 15): to the documents, after which only the public
   * endpoints answer them until they agree again, or to location at check-in. One UPDATE marks
   * every live record of the kind; a retry finds none and changes nothing. The guard's memory of
   * this person is dropped after the commit, so their next request on this instance is refused;
   * other instances refuse them once their memory expires (AgreedUsers: at most 60 s).
   */
  async withdraw(userId: string, kind: ConsentKind.Policy | ConsentKind.Location): Promise<ConsentStatusView> {
    await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(PrivacyConsent)
        .set({ live: null, withdrawnAt: new Date() })
        .where('user_id = :userId AND kind = :kind AND live = 1', { userId, kind })
        .execute(),
    );
    if (kind === ConsentKind.Policy) this.agreed.forget(userId, CURRENT_POLICY.version);
    return this.status(userId);
  }

  /**
   * Records a consent through the caller's manager: a wish's consents are written in the wish's
   * transaction. The record is its own proof (who, what, when, how), so it needs no audit line.
   */
  async record(manager: EntityManager, consent: ConsentRecord): Promise<void> {
    const row = {
      id: newId(),
      userId: consent.userId,
      kind: consent.kind,
      policyVersion: CURRENT_POLICY.version,
      subjectId: consent.subjectId ?? '',
      givenBy: consent.givenBy,
      method: consent.method,
      live: 1,
    };
    await manager.insert(PrivacyConsent, row);
  }

  async hasLocationConsent(userId: string): Promise<boolean> {
    return this.dataSource.getRepository(PrivacyConsent).exists({ where: { userId, kind: ConsentKind.Location, live: 1 } });
  }
}
