import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secretary's queue is read longest waiting first, in (waiting since, id) order: every source
 * gets an index on its filter followed by (waiting since, id). Indexes that served only the queue
 * (by id) are rebuilt in place; the ones other lists also page by id stay, with a queue index beside them.
 */
export class QueueWaitingOrder1796900000000 implements MigrationInterface {
  name = 'QueueWaitingOrder1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `ix_wish_review_queue` ON `wish` (`community_id`, `status`, `created_at`, `id`)');
    await queryRunner.query('CREATE INDEX `ix_wish_confirm_queue` ON `wish` (`community_id`, `status`, `escalated_at`, `id`)');
    await queryRunner.query('CREATE INDEX `ix_member_registration_queue` ON `member_registration` (`community_id`, `status`, `created_at`, `id`)');
    await queryRunner.query('CREATE INDEX `ix_unit_registration_queue` ON `unit_registration` (`community_id`, `status`, `created_at`, `id`)');
    await queryRunner.query('CREATE INDEX `ix_topic_queue` ON `topic` (`community_id`, `status`, `created_at`, `id`)');
    await queryRunner.query('CREATE INDEX `ix_reported_content_waiting` ON `reported_content` (`community_id`, `status`, `last_reported_at`, `id`)');
    await queryRunner.query('DROP INDEX `ix_shift_claim_community_status` ON `shift_claim`');
    await queryRunner.query('CREATE INDEX `ix_shift_claim_community_status` ON `shift_claim` (`community_id`, `status`, `checked_out_at`, `id`)');
    await queryRunner.query('DROP INDEX `ix_topic_comment_community` ON `topic_comment`');
    await queryRunner.query('CREATE INDEX `ix_topic_comment_community` ON `topic_comment` (`community_id`, `hidden`, `created_at`, `id`)');
    await queryRunner.query('DROP INDEX `ix_media_check_queue` ON `media_check`');
    await queryRunner.query('CREATE INDEX `ix_media_check_queue` ON `media_check` (`community_id`, `status`, `created_at`, `id`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_media_check_queue` ON `media_check`');
    await queryRunner.query('CREATE INDEX `ix_media_check_queue` ON `media_check` (`community_id`, `status`, `id`)');
    await queryRunner.query('DROP INDEX `ix_topic_comment_community` ON `topic_comment`');
    await queryRunner.query('CREATE INDEX `ix_topic_comment_community` ON `topic_comment` (`community_id`, `hidden`, `id`)');
    await queryRunner.query('DROP INDEX `ix_shift_claim_community_status` ON `shift_claim`');
    await queryRunner.query('CREATE INDEX `ix_shift_claim_community_status` ON `shift_claim` (`community_id`, `status`, `id`)');
    await queryRunner.query('DROP INDEX `ix_reported_content_waiting` ON `reported_content`');
    await queryRunner.query('DROP INDEX `ix_topic_queue` ON `topic`');
    await queryRunner.query('DROP INDEX `ix_unit_registration_queue` ON `unit_registration`');
    await queryRunner.query('DROP INDEX `ix_member_registration_queue` ON `member_registration`');
    await queryRunner.query('DROP INDEX `ix_wish_confirm_queue` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_review_queue` ON `wish`');
  }
}
