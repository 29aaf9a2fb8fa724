import { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyConsent1797300000000 implements MigrationInterface {
  name = 'PrivacyConsent1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // No consents are carried over: nobody had agreed to anything, so everyone is asked once.
    await queryRunner.query(
      "CREATE TABLE `privacy_consent` (`id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `policy_version` varchar(16) NOT NULL, `subject_id` varchar(36) NOT NULL DEFAULT '', `given_by` varchar(36) NOT NULL, `method` varchar(200) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE INDEX `uq_privacy_consent` (`user_id`, `kind`, `policy_version`, `subject_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `privacy_consent`');
  }
}
