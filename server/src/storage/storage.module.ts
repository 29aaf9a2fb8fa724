import { Global, Module } from '@nestjs/common';
import { PhotoEncoder } from './photo-encoder';
import { AppConfig } from '../config/app-config';
import { LocalDiskPhotoStorage, PhotoStorage } from './photo-storage';
import { S3PhotoStorage } from './s3-photo-storage';
import { SignedUrls } from './signed-urls';
import { StoredPhotos } from './stored-photos';

@Global()
@Module({
  providers: [
    {
      provide: PhotoStorage,
      // Local disk is the embedded mode's default; STORAGE=s3 puts photos in the object store.
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.STORAGE === 's3' ? new S3PhotoStorage(config) : new LocalDiskPhotoStorage(config)),
    },
    SignedUrls,
    PhotoEncoder,
    StoredPhotos,
  ],
  exports: [PhotoStorage, SignedUrls, StoredPhotos, PhotoEncoder],
})
export class StorageModule {}
