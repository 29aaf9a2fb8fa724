import { Global, Module } from '@nestjs/common';
import { LocalDiskPhotoStorage, PhotoStorage } from './photo-storage';
import { SignedUrls } from './signed-urls';

@Global()
@Module({
  providers: [{ provide: PhotoStorage, useClass: LocalDiskPhotoStorage }, SignedUrls],
  exports: [PhotoStorage, SignedUrls],
})
export class StorageModule {}
