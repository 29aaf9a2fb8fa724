import { MigrationInterface, QueryRunner } from 'typeorm';

export class WishWall1795312142267 implements MigrationInterface {
  name = 'WishWall1795312142267';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `wish` (`id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `street_id` varchar(36) NOT NULL, `grid_id` varchar(36) NOT NULL, `building_id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, `beneficiary_user_id` varchar(36) NOT NULL, `beneficiary_name` varchar(32) NOT NULL, `beneficiary_gender` varchar(8) NULL, `posted_by` varchar(36) NOT NULL, `agent_user_id` varchar(36) NULL, `consent_note` varchar(200) NULL, `title` varchar(40) NOT NULL, `story` varchar(500) NOT NULL, `category` enum ('goods', 'service', 'help') NOT NULL, `value_fen` int NOT NULL, `wanted_by` varchar(10) NOT NULL, `status` enum ('pending_review', 'open', 'rejected', 'claimed', 'fulfilled', 'confirmed', 'withdrawn') NOT NULL, `reject_reason` varchar(200) NULL, `reviewed_by` varchar(36) NULL, `claim_id` varchar(36) NULL, `claimer_id` varchar(36) NULL, `claimed_at` datetime(3) NULL, `claim_due_at` datetime(3) NULL, `reminded_at` datetime(3) NULL, `fulfilled_at` datetime(3) NULL, `fulfilment_note` varchar(500) NULL, `escalated_at` datetime(3) NULL, `confirmed_at` datetime(3) NULL, `confirmed_by` varchar(36) NULL, `thanks` varchar(200) NULL, `rating` int NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_wish_claimer` (`claimer_id`), INDEX `ix_wish_poster` (`posted_by`), INDEX `ix_wish_beneficiary` (`beneficiary_user_id`), INDEX `ix_wish_fulfilled` (`status`, `fulfilled_at`), INDEX `ix_wish_due` (`status`, `claim_due_at`), INDEX `ix_wish_street_newest` (`street_id`, `status`, `id`), INDEX `ix_wish_wall_urgent` (`community_id`, `status`, `wanted_by`, `id`), INDEX `ix_wish_wall_newest` (`community_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `wish_claim` (`id` varchar(36) NOT NULL, `wish_id` varchar(36) NOT NULL, `claimer_id` varchar(36) NOT NULL, `live` int NULL, `status` varchar(12) NOT NULL, `ended_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_wish_claim_claimer` (`claimer_id`, `created_at`), UNIQUE INDEX `uq_wish_claim_live` (`wish_id`, `live`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `wish_co_claimer` (`id` varchar(36) NOT NULL, `claim_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_wish_co_claimer_user` (`user_id`), UNIQUE INDEX `uq_wish_co_claimer` (`claim_id`, `user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `wish_event` (`id` varchar(36) NOT NULL, `wish_id` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `actor_id` varchar(36) NULL, `note` varchar(200) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_wish_event_wish` (`wish_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `wish_photo` (`id` varchar(36) NOT NULL, `wish_id` varchar(36) NOT NULL, `kind` enum ('story', 'proof') NOT NULL, `slot` int NOT NULL, `storage_key` varchar(200) NOT NULL, `mime` varchar(16) NOT NULL, `bytes` int NOT NULL, `width` int NOT NULL, `height` int NOT NULL, `uploaded_by` varchar(36) NOT NULL, `approved` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_wish_photo_slot` (`wish_id`, `kind`, `slot`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `uq_wish_photo_slot` ON `wish_photo`');
    await queryRunner.query('DROP TABLE `wish_photo`');
    await queryRunner.query('DROP INDEX `ix_wish_event_wish` ON `wish_event`');
    await queryRunner.query('DROP TABLE `wish_event`');
    await queryRunner.query('DROP INDEX `uq_wish_co_claimer` ON `wish_co_claimer`');
    await queryRunner.query('DROP INDEX `ix_wish_co_claimer_user` ON `wish_co_claimer`');
    await queryRunner.query('DROP TABLE `wish_co_claimer`');
    await queryRunner.query('DROP INDEX `uq_wish_claim_live` ON `wish_claim`');
    await queryRunner.query('DROP INDEX `ix_wish_claim_claimer` ON `wish_claim`');
    await queryRunner.query('DROP TABLE `wish_claim`');
    await queryRunner.query('DROP INDEX `ix_wish_wall_newest` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_wall_urgent` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_street_newest` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_due` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_fulfilled` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_beneficiary` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_poster` ON `wish`');
    await queryRunner.query('DROP INDEX `ix_wish_claimer` ON `wish`');
    await queryRunner.query('DROP TABLE `wish`');
  }
}
