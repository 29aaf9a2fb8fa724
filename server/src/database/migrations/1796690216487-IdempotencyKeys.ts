import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796690216487 implements MigrationInterface {
  name = 'IdempotencyKeys1796690216487';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `idempotency_key` (`scope` varchar(32) NOT NULL, `idem_key` varchar(64) NOT NULL, `fingerprint` varchar(64) NOT NULL, `claim_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (`scope`, `idem_key`)) ENGINE=InnoDB',
    );
    // The keys manual awards already used, each with the fingerprint of the award it made (the
    // fields PointsService fingerprints, NUL-separated), so reusing one for another award is refused too.
    await queryRunner.query(
      "INSERT IGNORE INTO `idempotency_key` (`scope`, `idem_key`, `fingerprint`, `claim_id`, `created_at`) SELECT 'points.award', `source_id`, SHA2(CONCAT_WS(CHAR(0), `community_id`, `user_id`, `amount`, `reason`), 256), `id`, `created_at` FROM `points_entry` WHERE `source_type` = 'manual_award'",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `idempotency_key`');
  }
}
