import { MigrationInterface, QueryRunner } from 'typeorm';

export class Workbench1795328576975 implements MigrationInterface {
  name = 'Workbench1795328576975';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `community_points_rules` (`community_id` varchar(36) NOT NULL, `points_per_hour` int NOT NULL, `daily_cap` int NULL, `updated_by` varchar(36) NOT NULL, `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), PRIMARY KEY (`community_id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `points_daily_total` (`user_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `day` varchar(10) NOT NULL, `earned` int NOT NULL, PRIMARY KEY (`user_id`, `community_id`, `day`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `content_report` (`id` varchar(36) NOT NULL, `target_type` varchar(16) NOT NULL, `target_id` varchar(36) NOT NULL, `reporter_id` varchar(36) NOT NULL, `reason` varchar(200) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_content_report` (`target_type`, `target_id`, `reporter_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `media_check` (`id` varchar(36) NOT NULL, `kind` varchar(32) NOT NULL, `community_id` varchar(36) NOT NULL, `uploaded_by` varchar(36) NOT NULL, `content_path` varchar(200) NOT NULL, `status` varchar(16) NOT NULL, `trace_id` varchar(64) NULL, `label` int NULL, `decided_by` varchar(36) NULL, `decided_at` datetime(3) NULL, `reason` varchar(200) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_media_check_trace` (`trace_id`), INDEX `ix_media_check_queue` (`community_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `reported_content` (`id` varchar(36) NOT NULL, `target_type` varchar(16) NOT NULL, `target_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `report_count` int NOT NULL DEFAULT '0', `last_reported_at` datetime(3) NOT NULL, `decided_by` varchar(36) NULL, `decided_at` datetime(3) NULL, `decision_reason` varchar(200) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_reported_content_queue` (`community_id`, `status`, `id`), UNIQUE INDEX `uq_reported_content_target` (`target_type`, `target_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `export_job` (`id` varchar(36) NOT NULL, `requested_by` varchar(36) NOT NULL, `place_id` varchar(36) NOT NULL, `kind` enum ('members', 'units', 'wishes', 'service_hours', 'ballots') NOT NULL, `range_from` varchar(10) NOT NULL, `range_to` varchar(10) NOT NULL, `with_contacts` tinyint NOT NULL DEFAULT 0, `status` enum ('queued', 'running', 'done', 'failed', 'expired') NOT NULL, `active_slot` int NULL, `rows_done` int NOT NULL DEFAULT '0', `rows_total` int NULL, `file_name` varchar(160) NOT NULL, `file_key` varchar(100) NULL, `file_bytes` int NULL, `error_code` varchar(64) NULL, `lease_token` varchar(36) NULL, `lease_until` datetime(3) NULL, `attempts` int NOT NULL DEFAULT '0', `started_at` datetime(3) NULL, `finished_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_export_job_finished` (`status`, `finished_at`), INDEX `ix_export_job_lease` (`status`, `lease_until`), INDEX `ix_export_job_requester_place` (`requested_by`, `place_id`, `id`), UNIQUE INDEX `uq_export_job_active_slot` (`requested_by`, `active_slot`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `notification_fanout` (`id` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `source_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `due_at` datetime(3) NOT NULL, `last_user_id` varchar(36) NOT NULL DEFAULT '', `done_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_notification_fanout_due` (`done_at`, `due_at`), UNIQUE INDEX `uq_notification_fanout` (`kind`, `source_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `notification` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `community_id` varchar(36) NULL, `kind` varchar(24) NOT NULL, `title` varchar(40) NOT NULL, `body` varchar(200) NOT NULL, `link` varchar(255) NOT NULL, `dedupe_key` varchar(80) NOT NULL, `read_at` datetime(3) NULL, `push_status` varchar(12) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `next_attempt_at` datetime(3) NULL, `lease_until` datetime(3) NULL, `lease_token` varchar(36) NULL, `last_errcode` int NULL, `sent_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_notification_due` (`push_status`, `next_attempt_at`), INDEX `ix_notification_unread` (`user_id`, `read_at`), INDEX `ix_notification_inbox` (`user_id`, `id`), UNIQUE INDEX `uq_notification_dedupe` (`user_id`, `dedupe_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query('ALTER TABLE `topic` ADD `hidden` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `topic` ADD `hidden_reason` varchar(200) NULL');
    await queryRunner.query('ALTER TABLE `points_entry` ADD `capped_from` int NULL');
    await queryRunner.query('ALTER TABLE `wish` ADD `hidden` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `wish` ADD `hidden_reason` varchar(200) NULL');
    await queryRunner.query('CREATE INDEX `ix_topic_comment_community` ON `topic_comment` (`community_id`, `hidden`, `id`)');
    await queryRunner.query('CREATE INDEX `ix_shift_claim_community_status` ON `shift_claim` (`community_id`, `status`, `id`)');
    await queryRunner.query('CREATE INDEX `ix_wish_community_confirmed` ON `wish` (`community_id`, `confirmed_at`)');
    await queryRunner.query('CREATE INDEX `ix_wish_community_created` ON `wish` (`community_id`, `created_at`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_wish_community_created` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_community_confirmed` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_shift_claim_community_status` ON `shift_claim`');
    await queryRunner.query('DROP INDEX `ix_topic_comment_community` ON `topic_comment`');
    await queryRunner.query('ALTER TABLE `wish` DROP COLUMN `hidden_reason`');
    await queryRunner.query('ALTER TABLE `wish` DROP COLUMN `hidden`');
    await queryRunner.query('ALTER TABLE `points_entry` DROP COLUMN `capped_from`');
    await queryRunner.query('ALTER TABLE `topic` DROP COLUMN `hidden_reason`');
    await queryRunner.query('ALTER TABLE `topic` DROP COLUMN `hidden`');
    await queryRunner.query('DROP INDEX `uq_notification_dedupe` ON `notification`');
    await queryRunner.query('DROP INDEX `ix_notification_inbox` ON `notification`');
    await queryRunner.query('DROP INDEX `ix_notification_unread` ON `notification`');
    await queryRunner.query('DROP INDEX `ix_notification_due` ON `notification`');
    await queryRunner.query('DROP TABLE `notification`');
    await queryRunner.query('DROP INDEX `uq_notification_fanout` ON `notification_fanout`');
    await queryRunner.query('DROP INDEX `ix_notification_fanout_due` ON `notification_fanout`');
    await queryRunner.query('DROP TABLE `notification_fanout`');
    await queryRunner.query('DROP INDEX `uq_export_job_active_slot` ON `export_job`');
    await queryRunner.query('DROP INDEX `ix_export_job_requester_place` ON `export_job`');
    await queryRunner.query('DROP INDEX `ix_export_job_lease` ON `export_job`');
    await queryRunner.query('DROP INDEX `ix_export_job_finished` ON `export_job`');
    await queryRunner.query('DROP TABLE `export_job`');
    await queryRunner.query('DROP INDEX `uq_reported_content_target` ON `reported_content`');
    await queryRunner.query('DROP INDEX `ix_reported_content_queue` ON `reported_content`');
    await queryRunner.query('DROP TABLE `reported_content`');
    await queryRunner.query('DROP INDEX `ix_media_check_queue` ON `media_check`');
    await queryRunner.query('DROP INDEX `uq_media_check_trace` ON `media_check`');
    await queryRunner.query('DROP TABLE `media_check`');
    await queryRunner.query('DROP INDEX `uq_content_report` ON `content_report`');
    await queryRunner.query('DROP TABLE `content_report`');
    await queryRunner.query('DROP TABLE `points_daily_total`');
    await queryRunner.query('DROP TABLE `community_points_rules`');
  }
}
