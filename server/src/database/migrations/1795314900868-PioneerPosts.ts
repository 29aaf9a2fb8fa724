import { MigrationInterface, QueryRunner } from 'typeorm';

export class PioneerPosts1795314900868 implements MigrationInterface {
  name = 'PioneerPosts1795314900868';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `post` (`id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `title` varchar(40) NOT NULL, `type` enum ('environment_clean_up', 'civility_patrol', 'elderly_care', 'door_knocking', 'tutoring', 'epidemic_control', 'other') NOT NULL, `kind` enum ('shift', 'standing') NOT NULL, `description` varchar(500) NOT NULL, `address` varchar(100) NOT NULL, `latitude_e6` int NOT NULL, `longitude_e6` int NOT NULL, `radius_metres` int NOT NULL, `points_per_hour` int NOT NULL, `required_skills` text NOT NULL, `published_by` varchar(36) NOT NULL, `publisher_unit_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_post_community_type` (`community_id`, `type`, `id`), INDEX `ix_post_community` (`community_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `post_event` (`id` varchar(36) NOT NULL, `post_id` varchar(36) NOT NULL, `shift_id` varchar(36) NULL, `claim_id` varchar(36) NULL, `kind` varchar(24) NOT NULL, `actor_id` varchar(36) NULL, `recipient_id` varchar(36) NULL, `note` varchar(200) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_post_event_recipient` (`recipient_id`, `id`), INDEX `ix_post_event_shift` (`shift_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `post_shift` (`id` varchar(36) NOT NULL, `post_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `kind` enum ('shift', 'standing') NOT NULL, `starts_at` datetime(3) NOT NULL, `ends_at` datetime(3) NOT NULL, `capacity` int NOT NULL, `confirmed_count` int NOT NULL DEFAULT '0', `waiting_next` int NOT NULL DEFAULT '0', `status` enum ('open', 'cancelled') NOT NULL, `cancel_reason` varchar(200) NULL, `swept_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_post_shift_ended` (`swept_at`, `ends_at`), INDEX `ix_post_shift_board` (`community_id`, `status`, `starts_at`, `id`), INDEX `ix_post_shift_post` (`post_id`, `starts_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `shift_claim` (`id` varchar(36) NOT NULL, `shift_id` varchar(36) NOT NULL, `post_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `member_id` varchar(36) NOT NULL, `live` int NULL, `status` varchar(16) NOT NULL, `waiting_position` int NULL, `promoted_at` datetime(3) NULL, `checked_in_at` datetime(3) NULL, `checked_out_at` datetime(3) NULL, `check_in_method` varchar(8) NULL, `check_in_distance_m` int NULL, `confirmed_minutes` int NULL, `points` int NULL, `hours_confirmed_by` varchar(36) NULL, `hours_confirmed_at` datetime(3) NULL, `note` varchar(200) NULL, `ended_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_shift_claim_member` (`member_id`, `live`), INDEX `ix_shift_claim_shift_status` (`shift_id`, `status`), UNIQUE INDEX `uq_shift_claim_waiting` (`shift_id`, `waiting_position`), UNIQUE INDEX `uq_shift_claim_live` (`shift_id`, `member_id`, `live`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `uq_shift_claim_live` ON `shift_claim`');
    await queryRunner.query('DROP INDEX `uq_shift_claim_waiting` ON `shift_claim`');
    await queryRunner.query('DROP INDEX `ix_shift_claim_shift_status` ON `shift_claim`');
    await queryRunner.query('DROP INDEX `ix_shift_claim_member` ON `shift_claim`');
    await queryRunner.query('DROP TABLE `shift_claim`');
    await queryRunner.query('DROP INDEX `ix_post_shift_post` ON `post_shift`');
    await queryRunner.query('DROP INDEX `ix_post_shift_board` ON `post_shift`');
    await queryRunner.query('DROP INDEX `ix_post_shift_ended` ON `post_shift`');
    await queryRunner.query('DROP TABLE `post_shift`');
    await queryRunner.query('DROP INDEX `ix_post_event_shift` ON `post_event`');
    await queryRunner.query('DROP INDEX `ix_post_event_recipient` ON `post_event`');
    await queryRunner.query('DROP TABLE `post_event`');
    await queryRunner.query('DROP INDEX `ix_post_community` ON `post`');
    await queryRunner.query('DROP INDEX `ix_post_community_type` ON `post`');
    await queryRunner.query('DROP TABLE `post`');
  }
}
