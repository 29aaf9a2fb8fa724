import { Global, Module } from '@nestjs/common';
import { PhotoEncoder } from './photo-encoder';
import { LocalDiskPhotoStorage, PhotoStorage } from './photo-storage';
import { SignedUrls } from './signed-urls';
import { StoredPhotos } from './stored-photos';

@Global()
@Module({
  providers: [{ provide: PhotoStorage, useClass: LocalDiskPhotoStorage }, SignedUrls, PhotoEncoder, StoredPhotos],
  exports: [PhotoStorage, SignedUrls, StoredPhotos, PhotoEncoder],
})
export class StorageModule {}
