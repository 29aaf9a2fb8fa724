import { MigrationInterface, QueryRunner } from 'typeorm';

export class Deliberation1795322220774 implements MigrationInterface {
  name = 'Deliberation1795322220774';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `ballot` (`id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `topic_id` varchar(36) NOT NULL, `decision_id` varchar(36) NULL, `title` varchar(60) NOT NULL, `rule` enum ('simple', 'household', 'owners_art278', 'acceptance') NOT NULL, `matter` enum ('ordinary', 'major') NULL, `quorum_numerator` int NULL, `quorum_denominator` int NULL, `threshold_numerator` int NULL, `threshold_denominator` int NULL, `secret` tinyint NOT NULL DEFAULT 0, `allow_change` tinyint NOT NULL DEFAULT 0, `scope_kind` enum ('place', 'households') NOT NULL, `scope_place_id` varchar(36) NULL, `scope_household_count` int NULL, `electorate_count` int NOT NULL, `electorate_area` bigint NOT NULL DEFAULT '0', `opens_at` datetime(3) NOT NULL, `closes_at` datetime(3) NOT NULL, `status` enum ('open', 'closed') NOT NULL, `closed_at` datetime(3) NULL, `passed` tinyint NULL, `outcome` text NULL, `created_by` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_ballot_due` (`status`, `closes_at`), INDEX `ix_ballot_decision` (`decision_id`, `id`), INDEX `ix_ballot_topic` (`topic_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `ballot_elector` (`id` varchar(36) NOT NULL, `ballot_id` varchar(36) NOT NULL, `voter_key` varchar(48) NOT NULL, `user_id` varchar(36) NULL, `household_id` varchar(36) NULL, `owner_id` varchar(36) NULL, `area_hundredths` int NOT NULL DEFAULT '0', `label` varchar(80) NOT NULL, INDEX `ix_ballot_elector_owner` (`ballot_id`, `owner_id`), INDEX `ix_ballot_elector_household` (`ballot_id`, `household_id`), INDEX `ix_ballot_elector_user` (`ballot_id`, `user_id`), UNIQUE INDEX `uq_ballot_elector` (`ballot_id`, `voter_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `ballot_option` (`id` varchar(36) NOT NULL, `ballot_id` varchar(36) NOT NULL, `position` int NOT NULL, `kind` enum ('yes', 'no', 'abstain', 'choice', 'satisfied', 'unsatisfied') NOT NULL, `label` varchar(40) NOT NULL, UNIQUE INDEX `uq_ballot_option_position` (`ballot_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `ballot_participation` (`id` varchar(36) NOT NULL, `ballot_id` varchar(36) NOT NULL, `voter_key` varchar(48) NOT NULL, `cast_by` varchar(36) NOT NULL, `cast_at` datetime(3) NOT NULL, UNIQUE INDEX `uq_ballot_participation` (`ballot_id`, `voter_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `ballot_vote` (`id` varchar(36) NOT NULL, `ballot_id` varchar(36) NOT NULL, `voter_key` varchar(48) NULL, `option_id` varchar(36) NOT NULL, `area_hundredths` int NOT NULL DEFAULT '0', INDEX `ix_ballot_vote_ballot` (`ballot_id`, `id`), UNIQUE INDEX `uq_ballot_vote_voter` (`ballot_id`, `voter_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `comment_report` (`id` varchar(36) NOT NULL, `comment_id` varchar(36) NOT NULL, `reporter_id` varchar(36) NOT NULL, `reason` varchar(200) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_comment_report` (`comment_id`, `reporter_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `decision` (`id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `topic_id` varchar(36) NOT NULL, `ballot_id` varchar(36) NOT NULL, `title` varchar(60) NOT NULL, `list` enum ('need', 'resource', 'project', 'responsibility') NOT NULL, `status` enum ('in_progress', 'awaiting_acceptance', 'accepted') NOT NULL, `responsible` varchar(60) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_decision_community` (`community_id`, `status`, `id`), UNIQUE INDEX `uq_decision_ballot` (`ballot_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `decision_milestone` (`id` varchar(36) NOT NULL, `decision_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `title` varchar(60) NOT NULL, `due_on` varchar(10) NULL, `done_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_decision_milestone` (`decision_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `decision_update` (`id` varchar(36) NOT NULL, `decision_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `author_id` varchar(36) NOT NULL, `note` varchar(1000) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_decision_update` (`decision_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `deliberation_photo` (`id` varchar(36) NOT NULL, `owner_type` enum ('topic', 'progress') NOT NULL, `owner_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `slot` int NOT NULL, `storage_key` varchar(200) NOT NULL, `mime` varchar(16) NOT NULL, `uploaded_by` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_deliberation_photo_slot` (`owner_type`, `owner_id`, `slot`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `topic` (`id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `title` varchar(60) NOT NULL, `body` varchar(2000) NOT NULL, `scope_kind` enum ('place', 'households') NOT NULL, `scope_place_id` varchar(36) NULL, `scope_household_count` int NULL, `status` enum ('proposed', 'declined', 'discussing', 'voting', 'decided') NOT NULL, `proposed_by` varchar(36) NOT NULL, `by_official` tinyint NOT NULL DEFAULT 0, `decline_reason` varchar(200) NULL, `reviewed_by` varchar(36) NULL, `comment_count` int NOT NULL DEFAULT '0', `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX `ix_topic_proposer` (`proposed_by`, `id`), INDEX `ix_topic_community_status` (`community_id`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `topic_comment` (`id` varchar(36) NOT NULL, `topic_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `parent_id` varchar(36) NULL, `author_id` varchar(36) NOT NULL, `by_official` tinyint NOT NULL DEFAULT 0, `body` varchar(500) NOT NULL, `hidden` tinyint NOT NULL DEFAULT 0, `hidden_reason` varchar(200) NULL, `hidden_by` varchar(36) NULL, `report_count` int NOT NULL DEFAULT '0', `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_topic_comment_thread` (`topic_id`, `parent_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `topic_household` (`topic_id` varchar(36) NOT NULL, `household_id` varchar(36) NOT NULL, INDEX `ix_topic_household_household` (`household_id`), PRIMARY KEY (`topic_id`, `household_id`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `ix_topic_household_household` ON `topic_household`');
    await queryRunner.query('DROP TABLE `topic_household`');
    await queryRunner.query('DROP INDEX `ix_topic_comment_thread` ON `topic_comment`');
    await queryRunner.query('DROP TABLE `topic_comment`');
    await queryRunner.query('DROP INDEX `ix_topic_community_status` ON `topic`');
    await queryRunner.query('DROP INDEX `ix_topic_proposer` ON `topic`');
    await queryRunner.query('DROP TABLE `topic`');
    await queryRunner.query('DROP INDEX `uq_deliberation_photo_slot` ON `deliberation_photo`');
    await queryRunner.query('DROP TABLE `deliberation_photo`');
    await queryRunner.query('DROP INDEX `ix_decision_update` ON `decision_update`');
    await queryRunner.query('DROP TABLE `decision_update`');
    await queryRunner.query('DROP INDEX `ix_decision_milestone` ON `decision_milestone`');
    await queryRunner.query('DROP TABLE `decision_milestone`');
    await queryRunner.query('DROP INDEX `uq_decision_ballot` ON `decision`');
    await queryRunner.query('DROP INDEX `ix_decision_community` ON `decision`');
    await queryRunner.query('DROP TABLE `decision`');
    await queryRunner.query('DROP INDEX `uq_comment_report` ON `comment_report`');
    await queryRunner.query('DROP TABLE `comment_report`');
    await queryRunner.query('DROP INDEX `uq_ballot_vote_voter` ON `ballot_vote`');
    await queryRunner.query('DROP INDEX `ix_ballot_vote_ballot` ON `ballot_vote`');
    await queryRunner.query('DROP TABLE `ballot_vote`');
    await queryRunner.query('DROP INDEX `uq_ballot_participation` ON `ballot_participation`');
    await queryRunner.query('DROP TABLE `ballot_participation`');
    await queryRunner.query('DROP INDEX `uq_ballot_option_position` ON `ballot_option`');
    await queryRunner.query('DROP TABLE `ballot_option`');
    await queryRunner.query('DROP INDEX `uq_ballot_elector` ON `ballot_elector`');
    await queryRunner.query('DROP INDEX `ix_ballot_elector_user` ON `ballot_elector`');
    await queryRunner.query('DROP INDEX `ix_ballot_elector_household` ON `ballot_elector`');
    await queryRunner.query('DROP INDEX `ix_ballot_elector_owner` ON `ballot_elector`');
    await queryRunner.query('DROP TABLE `ballot_elector`');
    await queryRunner.query('DROP INDEX `ix_ballot_topic` ON `ballot`');
    await queryRunner.query('DROP INDEX `ix_ballot_decision` ON `ballot`');
    await queryRunner.query('DROP INDEX `ix_ballot_due` ON `ballot`');
    await queryRunner.query('DROP TABLE `ballot`');
  }
}
