import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt, ID_LENGTH, idColumn } from '../database/columns';

/**
 * "The empty account a WeChat login created was merged into the register's person". Keyed by the
 * login account, so a double-tapped or retried join merges once and the retry finds whom it became.
 */
@Entity('account_merge')
export class AccountMerge {
  @PrimaryColumn({ name: 'login_user_id', type: 'varchar', length: ID_LENGTH })
  loginUserId: string;

  @Column({ name: 'user_id', ...idColumn })
  userId: string;

  @CreatedAt()
  createdAt: Date;
}
