import { Module } from '@nestjs/common';
import { ConsentGuard } from './consent.guard';
import { ConsentService } from './consent.service';
import { PrivacyController } from './privacy.controller';

/** 隐私: the documents' versions, consent records, and the guard that holds back those who have not agreed. */
@Module({
  controllers: [PrivacyController],
  providers: [ConsentService, ConsentGuard],
  exports: [ConsentService, ConsentGuard],
})
export class PrivacyModule {}
