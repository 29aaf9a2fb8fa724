import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaperVotes1796700000000 implements MigrationInterface {
  name = 'PaperVotes1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `ballot_paper_form` (`id` varchar(36) NOT NULL, `ballot_id` varchar(36) NOT NULL, `community_id` varchar(36) NOT NULL, `storage_key` varchar(200) NOT NULL, `mime` varchar(16) NOT NULL, `uploaded_by` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX `ix_ballot_paper_form_ballot` (`ballot_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    // Every vote so far came in through the app.
    await queryRunner.query("ALTER TABLE `ballot_participation` ADD `channel` enum ('online', 'paper') NOT NULL DEFAULT 'online'");
    await queryRunner.query('ALTER TABLE `ballot_participation` ADD `paper_form_id` varchar(36) NULL');
    await queryRunner.query('CREATE UNIQUE INDEX `uq_ballot_participation_form` ON `ballot_participation` (`paper_form_id`)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `uq_ballot_participation_form` ON `ballot_participation`');
    await queryRunner.query('ALTER TABLE `ballot_participation` DROP COLUMN `paper_form_id`');
    await queryRunner.query('ALTER TABLE `ballot_participation` DROP COLUMN `channel`');
    await queryRunner.query('DROP INDEX `ix_ballot_paper_form_ballot` ON `ballot_paper_form`');
    await queryRunner.query('DROP TABLE `ballot_paper_form`');
  }
}
