import { Module } from '@nestjs/common';
import { AccountDeletionService } from './account-deletion.service';
import { MyDataService } from './my-data.service';
import { PrivacyRightsController } from './privacy-rights.controller';
import { RetentionJob } from './retention.job';
import { RetentionService } from './retention.service';

@Module({
  controllers: [PrivacyRightsController],
  providers: [MyDataService, AccountDeletionService, RetentionService, RetentionJob],
})
export class PrivacyRightsModule {}
