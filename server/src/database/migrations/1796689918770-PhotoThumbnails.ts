import { MigrationInterface, QueryRunner } from 'typeorm';

export class PhotoThumbnails1796689918770 implements MigrationInterface {
  name = 'PhotoThumbnails1796689918770';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // NULL marks a photo stored as received: it is re-encoded, with its thumbnail, on its first request.
    await queryRunner.query('ALTER TABLE `wish_photo` ADD `thumb_key` varchar(200) NULL');
    await queryRunner.query('ALTER TABLE `deliberation_photo` ADD `thumb_key` varchar(200) NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `deliberation_photo` DROP COLUMN `thumb_key`');
    await queryRunner.query('ALTER TABLE `wish_photo` DROP COLUMN `thumb_key`');
  }
}
